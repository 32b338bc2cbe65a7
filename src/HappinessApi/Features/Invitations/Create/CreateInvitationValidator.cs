using System.Text;
using FastEndpoints;
using FluentValidation;
using HappinessApi.Configuration;
using HappinessApi.Features.Tokens;
using Microsoft.Extensions.Options;

namespace HappinessApi.Features.Invitations.Create;

public sealed class CreateInvitationValidator : Validator<CreateInvitationRequest>
{
    public CreateInvitationValidator()
    {
        RuleFor(request => request.TicketId)
            .NotEmpty()
            .MaximumLength(64)
            .Must(TextRules.HasNoControlCharacters).WithMessage("'Ticket Id' must not contain control characters.");

        RuleFor(request => request.ReplyId)
            .MaximumLength(64)
            .Must(TextRules.HasNoControlCharacters).WithMessage("'Reply Id' must not contain control characters.");

        RuleFor(request => request.Agent)
            .NotNull()
            .SetValidator(new InvitationAgentValidator());

        RuleFor(request => request.Team)
            .MinimumLength(1)
            .MaximumLength(OwnerRules.MaxTeamLength)
            .Must(TextRules.HasNoControlCharacters).WithMessage("'team' must not contain control characters.");

        RuleFor(request => request.Customer!)
            .SetValidator(new InvitationCustomerValidator())
            .When(request => request.Customer is not null);

        RuleFor(request => request.Locale)
            .Matches("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
            .MaximumLength(35);

        var maxDays = (int)Resolve<IOptions<TokenOptions>>().Value.MaxLifetime.TotalDays;
        RuleFor(request => request.ExpiresInDays)
            .InclusiveBetween(1, maxDays);

        RuleFor(request => request)
            .Must(FitsInToken)
            .WithName("ticketId")
            .WithMessage($"'ticketId', 'replyId' and 'agent.id' may take {RatingTokenClaims.MaxReferenceBytes} "
                + "UTF-8 bytes together.")
            .When(request => request.Agent is not null);
    }

    private static bool FitsInToken(CreateInvitationRequest request) =>
        Encoding.UTF8.GetByteCount(request.TicketId)
        + Encoding.UTF8.GetByteCount(request.ReplyId ?? "")
        + Encoding.UTF8.GetByteCount(request.Agent.Id ?? "") <= RatingTokenClaims.MaxReferenceBytes;
}

public sealed class InvitationAgentValidator : AbstractValidator<InvitationAgent>
{
    public InvitationAgentValidator()
    {
        RuleFor(agent => agent.Id)
            .NotEmpty()
            .MaximumLength(64)
            .Must(TextRules.HasNoControlCharacters).WithMessage("'Id' must not contain control characters.");

        RuleFor(agent => agent.Name)
            .NotEmpty()
            .MaximumLength(100)
            .Must(TextRules.HasNoControlCharacters).WithMessage("'Name' must not contain control characters.");
    }
}

public sealed class InvitationCustomerValidator : AbstractValidator<InvitationCustomer>
{
    public InvitationCustomerValidator()
    {
        RuleFor(customer => customer.Id)
            .MaximumLength(100)
            .Must(TextRules.HasNoControlCharacters).WithMessage("'id' must not contain control characters.");

        RuleFor(customer => customer.Name)
            .MaximumLength(200)
            .Must(TextRules.HasNoControlCharacters).WithMessage("'name' must not contain control characters.");

        RuleFor(customer => customer.Email)
            .MaximumLength(254)
            .EmailAddress()
            .Must(TextRules.HasNoControlCharacters).WithMessage("'email' must not contain control characters.");
    }
}
