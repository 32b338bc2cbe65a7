using System.Linq.Expressions;
using FastEndpoints;
using FluentValidation;

namespace HappinessApi.Features;

/// <summary>
/// What a team name or an agent id may be, wherever one is given: the same limits an invitation sets, so a filter
/// that no invitation could match is refused instead of answering empty.
/// </summary>
public static class OwnerRules
{
    public const int MaxTeamLength = 100;

    public const int MaxAgentIdLength = 64;

    public const string TeamMessage = "'team' must be 1 to 100 characters with no control characters.";

    public const string AgentMessage = "'agent' must be 1 to 64 characters with no control characters.";

    public static bool IsTeamOrMissing(string? team) => team is null || IsText(team, MaxTeamLength);

    public static bool IsAgentIdOrMissing(string? agent) => agent is null || IsText(agent, MaxAgentIdLength);

    private static bool IsText(string text, int maxLength) =>
        text.Length > 0 && text.Length <= maxLength && TextRules.HasNoControlCharacters(text);

    public static void AddTeamRule<T>(this Validator<T> validator, Expression<Func<T, string?>> team)
        where T : notnull =>
        validator.RuleFor(team)
            .Must(IsTeamOrMissing)
            .WithMessage(TeamMessage)
            .WithErrorCode("invalid_team");

    public static void AddAgentRule<T>(this Validator<T> validator, Expression<Func<T, string?>> agent)
        where T : notnull =>
        validator.RuleFor(agent)
            .Must(IsAgentIdOrMissing)
            .WithMessage(AgentMessage)
            .WithErrorCode("invalid_agent");
}
