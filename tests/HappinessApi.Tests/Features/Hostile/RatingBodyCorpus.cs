using System.Text;
using HappinessApi.Features.Ratings.Record;

namespace HappinessApi.Tests.Features.Hostile;

/// <summary>JSON edge cases posted as a rating, each around a valid token so that only the JSON is wrong.</summary>
public static class RatingBodyCorpus
{
    private const string InvalidJson = "invalid_json";

    private const string ValidationFailed = "validation_failed";

    private const string TokenInvalid = "token_invalid";

    public static IEnumerable<HostileRequest> Cases()
    {
        yield return Json("key repeated in another case", """{"token":"{token}","Token":"{token}","rating":"great"}""");
        yield return Json("comment repeated", Great("""  "comment":"a","comment":"b"  """), "comment");
        yield return Json("reasons repeated", Ok(""" "reasons":[],"reasons":[] """));
        yield return Json("unknown field", Great(""" "score":5 """), "score");
        yield return Json("misspelt comment field", Great(""" "coment":"this would be lost" """), "coment");
        yield return Json("100 arrays deep in an unknown field", Great($"\"x\":{Nested(100)}"));
        yield return Json("100 arrays deep in reasons", Ok($"\"reasons\":{Nested(100)}"));
        yield return Json("5000 arrays deep", Nested(5000));
        yield return Json("trailing comma in an array", Ok(""" "reasons":["policy",] """));
        yield return Json("text after the document", Great(""" "comment":"a" """) + " and more");
        yield return Json("two documents", Great(""" "comment":"a" """) + Great(""" "comment":"b" """));
        yield return Json("comment syntax", Great("/* note */"));
        yield return Json("single quotes", """{'token':'{token}','rating':'great'}""");
        yield return Json("unquoted keys", """{token:"{token}",rating:"great"}""");
        yield return Json("NaN", Great(""" "comment":NaN """));
        yield return Json("empty body", "");
        yield return Json("a bare number", "0");
        yield return Json("a bare string", "\"great\"");
        yield return Json("a bare true", "true");
        yield return Json("an array", "[]");
        yield return Json("NUL bytes", "\0\0\0\0");
        yield return Json("rating as an array", """{"token":"{token}","rating":["great"]}""", "rating");
        yield return Json("rating as an object", """{"token":"{token}","rating":{"value":"great"}}""", "rating");
        yield return Json("rating as a boolean", """{"token":"{token}","rating":true}""", "rating");
        yield return Json("rating as a 30-digit number", """{"token":"{token}","rating":1234567890123456789012345}""");
        yield return Json("comment as a number", Great(""" "comment":42 """), "comment");
        yield return Json("comment as an object", Great(""" "comment":{"text":"hi"} """), "comment");
        yield return Json("comment as 1e999", Great(""" "comment":1e999 """), "comment");
        yield return Json("reasons as a string", Ok(""" "reasons":"policy" """), "reasons");
        yield return Json("reasons as numbers", Ok(""" "reasons":[1,2] """));
        yield return Json("token as an object", """{"token":{"value":"x"},"rating":"great"}""", "token");
        yield return Json("token as a boolean", """{"token":true,"rating":"great"}""", "token");
        yield return Json("token null", """{"token":null,"rating":"great"}""", "token");
        yield return Json("lone surrogate in the comment", Great(""" "comment":"\ud800" """), "comment");
        yield return Raw("two byte order marks", token => [0xEF, 0xBB, 0xBF, .. Utf8WithBom(Body(token))]);
        yield return Raw("UTF-16 body", token => [.. Encoding.Unicode.GetPreamble(), .. Utf16(Body(token))]);
        yield return Raw("invalid UTF-8 in the comment", token => Splice(Body(token, "é"), "é", [0xC3, 0x28]));

        yield return Invalid("rating null", """{"token":"{token}","rating":null}""", "rating");
        yield return Invalid("null body", "null", "token");
        yield return Invalid("empty object", "{}", "rating");
        yield return Refused("token of four letters", """{"token":"hr1.a.b.c","rating":"ok"}""", TokenInvalid, "token");
        yield return Invalid("SQL in a reason", Ok(""" "reasons":["policy' OR 1=1"] """), "reasons[0]");
        yield return Invalid("1000 reasons", Ok($"\"reasons\":[{Policies(1000)}]"), "reasons");
        yield return Invalid("terminal escape in the comment", Great(""" "comment":"\u001b[31m" """), "comment");
        yield return Refused("token of 1 MB", $$"""{"token":"{{new string('x', 1_000_000)}}","rating":"great"}""",
            TokenInvalid, "token");
    }

    private static string Great(string members) => $$"""{"token":"{token}","rating":"great",{{members.Trim()}}}""";

    private static string Ok(string members) => $$"""{"token":"{token}","rating":"ok",{{members.Trim()}}}""";

    private static HostileRequest Json(string name, string body, string? field = null) =>
        Refused(name, body, InvalidJson, field);

    private static HostileRequest Invalid(string name, string body, string field) =>
        Refused(name, body, ValidationFailed, field);

    private static HostileRequest Refused(string name, string body, string code, string? field = null) =>
        new($"rating: {name}", HttpMethod.Post, RecordRatingEndpoint.Route, 400, code) { Body = body, Field = field };

    private static HostileRequest Raw(string name, Func<string, byte[]> body) =>
        new($"rating: {name}", HttpMethod.Post, RecordRatingEndpoint.Route, 400, InvalidJson) { RawBody = body };

    private static string Body(string token, string comment = "") =>
        $$"""{"token":"{{token}}","rating":"great","comment":"{{comment}}"}""";

    private static byte[] Utf16(string text) => Encoding.Unicode.GetBytes(text);

    private static byte[] Utf8WithBom(string text) => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)];

    private static byte[] Splice(string text, string marker, byte[] replacement)
    {
        var index = text.IndexOf(marker, StringComparison.Ordinal);
        var (before, after) = (text[..index], text[(index + marker.Length)..]);

        return [.. Encoding.UTF8.GetBytes(before), .. replacement, .. Encoding.UTF8.GetBytes(after)];
    }

    private static string Nested(int depth) => new string('[', depth) + new string(']', depth);

    private static string Policies(int count) => string.Join(',', Enumerable.Repeat("\"policy\"", count));
}
