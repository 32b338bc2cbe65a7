using System.Net;
using System.Net.Http.Headers;
using System.Text;
using HappinessApi.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.DependencyInjection;

namespace HappinessApi.Tests.Features.Ratings;

public sealed class RecordRatingDuringStopTests
{
    [Test]
    public async Task AnswersAndStoresRating_WhenServerStopsWhileBodyArrives()
    {
        using var factory = new HappinessApiFactory();
        using var helpdesk = factory.CreateApiClient(HappinessApiFactory.AdminKey);
        // A plain client: the factory's own buffers a request body whole before it connects.
        using var anonymous = new HttpClient { BaseAddress = helpdesk.BaseAddress };
        var invitation = await ApiCalls.CreateInvitationAsync(helpdesk, "T-1300");
        var body = Encoding.UTF8.GetBytes($$"""{"token":"{{invitation.Token}}","rating":"great"}""");
        using var content = new HalvedContent(body);

        // The pauses give the server time to start reading the body, then the stop time to reach the connection.
        var sending = anonymous.PostAsync("/api/v1/ratings", content);
        await content.FirstHalfSent;
        await Task.Delay(300);
        var stopping = factory.Services.GetRequiredService<IServer>().StopAsync(CancellationToken.None);
        await Task.Delay(300);
        content.SendRest();
        using var response = await sending;
        await stopping;

        var stored = await factory.Database.CountAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(stored.Ratings, Is.EqualTo(1));
        }
    }

    /// <summary>A JSON body sent in two halves, the second only when the test says so.</summary>
    private sealed class HalvedContent : HttpContent
    {
        private readonly byte[] _body;

        private readonly TaskCompletionSource _firstHalfSent = new(TaskCreationOptions.RunContinuationsAsynchronously);

        private readonly TaskCompletionSource _rest = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public HalvedContent(byte[] body)
        {
            _body = body;
            Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        public Task FirstHalfSent => _firstHalfSent.Task;

        public void SendRest() => _rest.SetResult();

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            var half = _body.Length / 2;
            await stream.WriteAsync(_body.AsMemory(0, half));
            await stream.FlushAsync();
            _firstHalfSent.SetResult();

            await _rest.Task;
            await stream.WriteAsync(_body.AsMemory(half));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = _body.Length;
            return true;
        }
    }
}
