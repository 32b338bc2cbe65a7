using System.Net;
using System.Net.Http.Headers;
using System.Text;
using HappinessApi.Features.Invitations.Create;
using HappinessApi.Features.Ratings.Record;
using HappinessApi.Features.Reports.GetReport;
using HappinessApi.Tests.Infrastructure;

namespace HappinessApi.Tests.Features.Hostile;

public sealed class HostileHeaderTests : ApiTestFixture
{
    [TestCase("application/json; charset=bogus")]
    [TestCase("application/json; charset=\"utf-16\"")]
    [TestCase("application/json; charset=latin1")]
    public async Task Returns415AndStoresNothing_WhenJsonCharsetIsNotUtf8(string contentType)
    {
        var invitation = await ApiCalls.CreateInvitationAsync(Helpdesk, "T-900");
        var body = $$"""{"token":"{{invitation.Token}}","rating":"great"}""";

        var response = await PostAsync(RecordRatingEndpoint.Route, body, contentType);

        var problem = await ApiCalls.ReadProblemAsync(response);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnsupportedMediaType));
            Assert.That(problem.Code, Is.EqualTo("unsupported_media_type"));
            Assert.That(await Factory.Database.CountAsync(), Is.EqualTo(new StoredCounts(1, 0, 0)));
        }
    }

    [TestCase("application/json; charset=utf-8")]
    [TestCase("application/json; charset=\"utf-8\"")]
    [TestCase("application/json; charset=UTF-8")]
    public async Task AcceptsRating_WhenJsonCharsetIsUtf8InAnySpelling(string contentType)
    {
        var invitation = await ApiCalls.CreateInvitationAsync(Helpdesk, "T-901");
        var body = $$"""{"token":"{{invitation.Token}}","rating":"great"}""";

        var response = await PostAsync(RecordRatingEndpoint.Route, body, contentType);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }

    [Test]
    public async Task IgnoresBody_WhenReportIsAskedWithJsonHeaders()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{GetReportEndpoint.Route}?last=5")
        {
            Content = new StringContent("{\"last\":0", Encoding.UTF8),
        };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json; charset=\"utf-8\"");

        var response = await Anonymous.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Returns413Problem_WhenBodyIsLargerThanAllowed()
    {
        var comment = new string('a', 2 * 1024 * 1024);
        var body = $$"""{"token":"x","rating":"great","comment":"{{comment}}"}""";

        var response = await PostAsync(RecordRatingEndpoint.Route, body);

        var problem = await ApiCalls.ReadProblemAsync(response);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
            Assert.That(problem.Code, Is.EqualTo("request_too_large"));
        }
    }

    [TestCase("""{"token":"x","token":"y","rating":"great"}""")]
    [TestCase("""{"token":"x","rating":"great","rating":"not_good"}""")]
    public async Task RefusesDuplicateKeys_WhenJsonRepeatsAProperty(string body)
    {
        var response = await PostAsync(RecordRatingEndpoint.Route, body);

        var problem = await ApiCalls.ReadProblemAsync(response);
        Assert.That(problem.Code, Is.EqualTo("invalid_json"));
    }

    [TestCase("great, ok")]
    [TestCase("great,not_good")]
    [TestCase("GREAT")]
    [TestCase("NotGood")]
    [TestCase("notgood")]
    [TestCase(" great ")]
    [TestCase("not_good ")]
    [TestCase("ok, not_good")]
    public async Task RefusesRating_WhenNotSpelledExactly(string rating)
    {
        var invitation = await ApiCalls.CreateInvitationAsync(Helpdesk, "T-902");

        var response = await ApiCalls.RateAsync(Anonymous, invitation.Token, rating);

        var problem = await ApiCalls.ReadProblemAsync(response);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(problem.Code, Is.EqualTo("invalid_json"));
            Assert.That(await Factory.Database.CountAsync(), Is.EqualTo(new StoredCounts(1, 0, 0)));
        }
    }

    [Test]
    public async Task Returns405_WhenPostingToAReadOnlyRoute()
    {
        var response = await PostAsync(GetReportEndpoint.Route, "{}", "text/plain");

        var problem = await ApiCalls.ReadProblemAsync(response);
        Assert.That(problem.Code, Is.EqualTo("method_not_allowed"));
    }

    [Test]
    public async Task Returns401WithChallenge_WhenKeyIsMissing()
    {
        var response = await PostAsync(CreateInvitationEndpoint.Route, "{}");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(response.Headers.WwwAuthenticate.ToString(), Does.StartWith("Bearer"));
        }
    }

    private Task<HttpResponseMessage> PostAsync(string route, string body, string contentType = "application/json")
    {
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);

        return ApiCalls.SendWaitingForContinueAsync(Anonymous, route, content);
    }
}
