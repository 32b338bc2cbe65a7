using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using HappinessApi.Infrastructure.Auth;

namespace HappinessApi.Features.ApiKeys;

/// <summary>What the <c>keys</c> command was asked for: create, revoke or list.</summary>
public abstract record KeysArguments
{
    public const int MaxNameLength = 64;

    public static readonly string Usage = $"""
        Usage: keys create --name <name> --scopes <scope>[,<scope>...]
               keys revoke <id or name>
               keys list
        Scopes: {string.Join(", ", ApiScopes.All.Order(StringComparer.Ordinal))}
        """;

    public static bool TryParse(
        string[] args, [NotNullWhen(true)] out KeysArguments? arguments, out string error)
    {
        (arguments, error) = args switch
        {
            ["create", .. var rest] => CreateKeyArguments.Parse(rest),
            ["revoke", var target] => (new RevokeKeyArguments(target), ""),
            ["revoke", ..] => (null, "revoke needs exactly one key id or name."),
            ["list"] => (new ListKeysArguments(), ""),
            ["list", ..] => (null, "list takes no arguments."),
            [var action, ..] => (null, $"Unknown action '{action}'."),
            [] => (null, "Name an action: create, revoke or list."),
        };

        return arguments is not null;
    }
}

public sealed record ListKeysArguments : KeysArguments;

public sealed record RevokeKeyArguments(string Target) : KeysArguments;

public sealed partial record CreateKeyArguments(string Name, IReadOnlyList<string> Scopes) : KeysArguments
{
    public static (KeysArguments?, string) Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var index = 0; index < args.Count; index += 2)
        {
            var optionError = ReadOption(args, index, values);
            if (optionError is not null)
            {
                return (null, optionError);
            }
        }

        var keyName = values.GetValueOrDefault("--name", "");
        var scopes = values.GetValueOrDefault("--scopes", "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var error = NameError(keyName) ?? ScopesError(scopes);

        return error is null ? (new CreateKeyArguments(keyName, scopes), "") : (null, error);
    }

    private static string? ReadOption(IReadOnlyList<string> args, int index, Dictionary<string, string> values)
    {
        var name = args[index];
        if (name is not ("--name" or "--scopes"))
        {
            return $"Unknown argument '{name}'.";
        }

        if (index + 1 >= args.Count || args[index + 1].StartsWith("--", StringComparison.Ordinal))
        {
            return $"{name} needs a value.";
        }

        return values.TryAdd(name, args[index + 1]) ? null : $"{name} is given twice.";
    }

    private static string? NameError(string name) => name switch
    {
        "" => "--name is required: a name that says who uses the key, such as 'zendesk'.",
        { Length: > MaxNameLength } => $"--name must be at most {MaxNameLength} characters.",
        _ when !NamePattern().IsMatch(name) => "--name may hold only letters, digits, '.', '_' and '-'.",
        _ => null,
    };

    private static string? ScopesError(List<string> scopes)
    {
        if (scopes.Count == 0)
        {
            return "--scopes is required: one or more scopes, separated by commas.";
        }

        var unknown = scopes.Where(scope => !ApiScopes.All.Contains(scope)).ToList();

        return unknown.Count == 0 ? null : $"Unknown scope: {string.Join(", ", unknown.Select(s => $"'{s}'"))}.";
    }

    [GeneratedRegex("^[A-Za-z0-9._-]+$")]
    private static partial Regex NamePattern();
}
