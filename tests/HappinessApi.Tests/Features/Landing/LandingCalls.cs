using System.Net.Http.Headers;
using HappinessApi.Features.Landing;
using HappinessApi.Features.Ratings;

namespace HappinessApi.Tests.Features.Landing;

/// <summary>What a customer's browser does with the links in the invitation e-mail.</summary>
public static class LandingCalls
{
    public const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    public static async Task<HttpResponseMessage> OpenAsync(HttpClient client, string path, HttpMethod? method = null)
    {
        using var request = new HttpRequestMessage(method ?? HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd(BrowserAccept);

        return await client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> OpenPageAsync(HttpClient client, string token, RatingValue rating) =>
        OpenAsync(client, LandingRoutes.PageFor(token, rating));

    public static async Task<HttpResponseMessage> SubmitAsync(
        HttpClient client,
        string token,
        string? rating,
        string? comment = null,
        bool asBrowser = true,
        string? stamp = null,
        IEnumerable<string>? reasons = null)
    {
        var fields = new List<KeyValuePair<string, string>>();
        if (rating is not null)
        {
            fields.Add(new("rating", rating));
        }

        fields.Add(new("comment", comment ?? ""));
        fields.AddRange((reasons ?? []).Select(reason => new KeyValuePair<string, string>("reasons", reason)));
        if (stamp is not null)
        {
            fields.Add(new("stamp", stamp));
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, LandingRoutes.SubmitFor(token))
        {
            Content = new FormUrlEncodedContent(fields),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(asBrowser ? "text/html" : "application/json"));

        return await client.SendAsync(request);
    }

    /// <summary>
    /// Opens the link's page as a browser does and returns the form's stamp, as the browser will send it.
    /// </summary>
    public static async Task<string> OpenFormAsync(HttpClient client, string token, RatingValue rating)
    {
        var page = await ReadHtmlAsync(await OpenPageAsync(client, token, rating));
        var match = System.Text.RegularExpressions.Regex.Match(page, "name=\"stamp\" value=\"([^\"]+)\"");

        Assert.That(match.Success, Is.True, "the form carries a stamp");
        return System.Net.WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public static string Tamper(string token)
    {
        var mac = token.LastIndexOf('.') + 1;
        var swapped = token[mac] == 'A' ? 'B' : 'A';

        return token[..mac] + swapped + token[(mac + 1)..];
    }

    public static async Task<string> ReadHtmlAsync(HttpResponseMessage response)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
            Assert.That(response.Content.Headers.ContentType?.CharSet, Is.EqualTo("utf-8"));
        }

        return await response.Content.ReadAsStringAsync();
    }
}
