using HappinessApi.Features.Invitations.Create;

namespace HappinessApi.Tests.Features.Hostile;

/// <summary>JSON edge cases a helpdesk with a valid key might send when creating an invitation.</summary>
public static class InvitationBodyCorpus
{
    private const string Agent = """ "agent":{"id":"a-1","name":"Ann"} """;

    public static IEnumerable<HostileRequest> Cases()
    {
        yield return Json("unknown field", Invitation(""" "priority":"high" """), "priority");
        yield return Json("unknown field in the agent",
            """{"ticketId":"T-2","agent":{"id":"a","name":"A","mail":"x"}}""", "agent.mail");
        yield return Json("agent id repeated", """{"ticketId":"T-2","agent":{"id":"a","id":"b","name":"A"}}""");
        yield return Json("number as a string", Invitation(""" "expiresInDays":"30" """), "expiresInDays");
        yield return Json("number for a string", $$"""{"ticketId":9,{{Agent}}}""", "ticketId");
        yield return Json("fraction for an integer", Invitation(""" "expiresInDays":1.5 """), "expiresInDays");
        yield return Json("integer past 32 bits", Invitation(""" "expiresInDays":2147483648 """), "expiresInDays");
        yield return Json("1e999 for an integer", Invitation(""" "expiresInDays":1e999 """), "expiresInDays");
        yield return Json("boolean for an integer", Invitation(""" "expiresInDays":true """), "expiresInDays");
        yield return Json("agent as an array", """{"ticketId":"T-2","agent":["a-1","Ann"]}""", "agent");
        yield return Json("customer as a string", Invitation(""" "customer":"c@example.com" """), "customer");
        yield return Json("100 objects deep in the customer", Invitation($"\"customer\":{NestedObjects(100)}"));

        yield return Invalid("header injection in the e-mail",
            Invitation(""" "customer":{"email":"c@example.com\r\nBcc: all"} """), "customer.email");
        yield return Invalid("NUL in the team", Invitation(""" "team":"support\u0000" """), "team");
        yield return Invalid("escape in the customer's name", Invitation(""" "customer":{"name":"\u001b[2J"} """),
            "customer.name");
        yield return Invalid("path for a locale", Invitation(""" "locale":"../../etc/passwd" """), "locale");
        yield return Invalid("agent name of 5000 characters",
            $$$"""{"ticketId":"T-2","agent":{"id":"a-1","name":"{{{new string('n', 5000)}}}"}}""", "agent.name");
    }

    private static string Invitation(string members) => $$"""{"ticketId":"T-2",{{Agent.Trim()}},{{members.Trim()}}}""";

    private static HostileRequest Json(string name, string body, string? field = null) =>
        Post(name, body, "invalid_json", field);

    private static HostileRequest Invalid(string name, string body, string field) =>
        Post(name, body, "validation_failed", field);

    private static HostileRequest Post(string name, string body, string code, string? field) =>
        new($"invitation: {name}", HttpMethod.Post, CreateInvitationEndpoint.Route, 400, code)
        {
            Body = body,
            Caller = HostileCaller.Helpdesk,
            Field = field,
        };

    private static string NestedObjects(int depth) =>
        string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth);
}
