using HappinessApi.Features.ApiKeys;

namespace HappinessApi.Tests.Features.ApiKeys;

public sealed class KeysArgumentsTests
{
    [Test]
    public void ReadsNameAndScopes_WhenCreateIsComplete()
    {
        var parsed = KeysArguments.TryParse(
            ["create", "--name", "zendesk", "--scopes", "invitations:write, ratings:read,invitations:write"],
            out var arguments,
            out _);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(parsed, Is.True);
            var create = (CreateKeyArguments)arguments!;
            Assert.That(create.Name, Is.EqualTo("zendesk"));
            Assert.That(create.Scopes, Is.EqualTo(new[] { "invitations:write", "ratings:read" }));
        }
    }

    [Test]
    public void ReadsTheTarget_WhenRevokeNamesOneKey()
    {
        var parsed = KeysArguments.TryParse(["revoke", "zendesk"], out var arguments, out _);

        Assert.That((parsed, arguments), Is.EqualTo((true, new RevokeKeyArguments("zendesk"))));
    }

    [Test]
    public void ReadsList_WhenGivenAlone()
    {
        var parsed = KeysArguments.TryParse(["list"], out var arguments, out _);

        Assert.That((parsed, arguments), Is.EqualTo((true, new ListKeysArguments())));
    }

    [TestCase(new[] { "create", "--scopes", "admin" }, "--name is required")]
    [TestCase(new[] { "create", "--name", "zendesk" }, "--scopes is required")]
    [TestCase(new[] { "create", "--name", "z", "--scopes", "invitations:write,reports:write" }, "'reports:write'")]
    [TestCase(new[] { "create", "--name", "zen desk", "--scopes", "admin" }, "--name may hold only")]
    [TestCase(new[] { "create", "--name", "--scopes", "admin" }, "--name needs a value")]
    [TestCase(new[] { "create", "--name", "a", "--name", "b", "--scopes", "admin" }, "--name is given twice")]
    [TestCase(new[] { "create", "--name", "a", "--scopes", "admin", "--expires", "1" }, "Unknown argument '--expires'")]
    [TestCase(new[] { "revoke" }, "revoke needs exactly one")]
    [TestCase(new[] { "list", "--all" }, "list takes no arguments")]
    [TestCase(new[] { "rotate" }, "Unknown action 'rotate'")]
    [TestCase(new string[0], "Name an action")]
    public void RefusesWithAClearMessage_WhenArgumentsAreWrong(string[] args, string message)
    {
        var parsed = KeysArguments.TryParse(args, out var arguments, out var error);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(parsed, Is.False);
            Assert.That(arguments, Is.Null);
            Assert.That(error, Does.Contain(message));
        }
    }

    [Test]
    public void RefusesAName_WhenLongerThanSixtyFourCharacters()
    {
        var parsed = KeysArguments.TryParse(
            ["create", "--name", new string('n', 65), "--scopes", "admin"], out _, out var error);

        Assert.That((parsed, error), Is.EqualTo((false, "--name must be at most 64 characters.")));
    }
}
