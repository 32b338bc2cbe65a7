using System.Net.Http.Headers;
using System.Text;
using HappinessApi.Features.Landing;
using HappinessApi.Tests.Infrastructure;

namespace HappinessApi.Tests.Features.Landing;

public sealed class SubmitHostileFormTests : ApiTestFixture
{
    private const string Form = "application/x-www-form-urlencoded";

    private const string Multipart = "multipart/form-data; boundary=x";

    private static readonly (string Body, string ContentType)[] Requests =
    [
        ("", Form),
        ("rating=%zz&comment=%", Form),
        ("rating=great&rating=ok&comment=a&comment=b", Form),
        ("rating=great&comment=a%00b", Form),
        ("rating=gr%ED%A0%80&comment=%ED%A0%80", Form),
        ("rating=great&comment=" + new string('a', 5_000_000), Form),
        (string.Join('&', Enumerable.Range(0, 20_000).Select(index => $"k{index}=v")), Form),
        ("rating=%3Cscript%3E&comment=%3Cscript%3E", "application/x-www-form-urlencoded; charset=latin1"),
        ("{\"rating\":\"great\"}", "application/json"),
        ("rating=great", "text/plain"),
        ("--x\r\nContent-Disposition: form-data; name=\"rating\"\r\n\r\ngreat\r\n--x--", Multipart),
    ];

    [Test]
    public async Task NeverAnswers5xxNorStores_WhenFormIsHostile()
    {
        var invitation = await ApiCalls.CreateInvitationAsync(Helpdesk, "T-800");

        using var scope = Assert.EnterMultipleScope();
        foreach (var (body, contentType) in Requests)
        {
            using var content = new StringContent(body, Encoding.UTF8);
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);

            var response = await ApiCalls.SendWaitingForContinueAsync(
                Anonymous, LandingRoutes.SubmitFor(invitation.Token), content);

            var label = $"{contentType} {body[..Math.Min(body.Length, 40)]}";
            Assert.That((int)response.StatusCode, Is.InRange(400, 499), label);
            Assert.That(
                response.Content.Headers.ContentType?.MediaType,
                Is.AnyOf("application/problem+json", "text/html"),
                label);
        }

        Assert.That(await Factory.Database.CountAsync(), Is.EqualTo(new StoredCounts(1, 0, 0)));
    }

    [Test]
    public async Task AnswersProblem415_WhenFormHasNoContentType()
    {
        var invitation = await ApiCalls.CreateInvitationAsync(Helpdesk, "T-803");
        using var content = new ByteArrayContent("rating=great"u8.ToArray());

        var response = await Anonymous.PostAsync(LandingRoutes.SubmitFor(invitation.Token), content);

        var problem = await ApiCalls.ReadProblemAsync(response);
        using (Assert.EnterMultipleScope())
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(415));
            Assert.That(problem.Code, Is.EqualTo("unsupported_media_type"));
            Assert.That(await Factory.Database.CountAsync(), Is.EqualTo(new StoredCounts(1, 0, 0)));
        }
    }

    [TestCase("/r/%3Cscript%3E/great")]
    [TestCase("/r/hr1.a.b.c/great")]
    [TestCase("/r/a%2Fb/ok")]
    public async Task AnswersNotValidPage_WhenTokenInAddressIsHostile(string path)
    {
        await ApiCalls.CreateInvitationAsync(Helpdesk, "T-801");

        var response = await LandingCalls.OpenAsync(Anonymous, path);

        var page = await LandingCalls.ReadHtmlAsync(response);
        using (Assert.EnterMultipleScope())
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(400));
            Assert.That(page, Does.Not.Contain("<script>"));
            Assert.That(await Factory.Database.CountAsync(), Is.EqualTo(new StoredCounts(1, 0, 0)));
        }
    }

    [Test]
    public async Task AnswersNotValidPage_WhenTokenIsLongerThanAnyIssued()
    {
        await ApiCalls.CreateInvitationAsync(Helpdesk, "T-802");

        var response = await LandingCalls.OpenAsync(Anonymous, $"/r/{new string('a', 5000)}/great");

        Assert.That((int)response.StatusCode, Is.EqualTo(400));
    }
}
