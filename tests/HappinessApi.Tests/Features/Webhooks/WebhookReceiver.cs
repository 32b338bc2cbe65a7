using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HappinessApi.Tests.Features.Webhooks;

/// <summary>
/// A real HTTP receiver on a loopback port. It checks every request's Standard Webhooks signature
/// with its own HMAC code, and answers with the status codes it is told to, then 200.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    public const string Secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    private readonly ConcurrentQueue<(int Status, int? RetryAfterSeconds)> _answers = new();

    private readonly ConcurrentQueue<ReceivedWebhook> _received = new();

    private readonly WebApplication _app;

    private WebhookReceiver(WebApplication app) => _app = app;

    public string Url { get; private set; } = "";

    public IReadOnlyList<ReceivedWebhook> Received => [.. _received];

    /// <summary>The deliveries answered with 2xx, each a message the receiver accepted.</summary>
    public IReadOnlyList<ReceivedWebhook> Accepted => [.. _received.Where(webhook => webhook.Status < 300)];

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/hooks", receiver.ReceiveAsync);

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        receiver.Url = address.Single() + "/hooks";
        return receiver;
    }

    public void AnswerNext(params int[] statuses)
    {
        foreach (var status in statuses)
        {
            _answers.Enqueue((status, null));
        }
    }

    public void AnswerNextWithRetryAfter(int status, int seconds) => _answers.Enqueue((status, seconds));

    public void Clear()
    {
        _answers.Clear();
        _received.Clear();
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task ReceiveAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var headers = context.Request.Headers;
        var (status, retryAfter) = _answers.TryDequeue(out var next) ? next : (StatusCodes.Status200OK, null);

        _received.Enqueue(new ReceivedWebhook(
            headers["webhook-id"].ToString(),
            long.Parse(headers["webhook-timestamp"].ToString(), System.Globalization.CultureInfo.InvariantCulture),
            body,
            IsSigned(headers["webhook-id"].ToString(), headers["webhook-timestamp"].ToString(), body,
                headers["webhook-signature"].ToString()),
            status));
        context.Response.StatusCode = status;
        if (retryAfter is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    private static bool IsSigned(string id, string timestamp, string body, string signatures)
    {
        var key = Convert.FromBase64String(Secret["whsec_".Length..]);
        var expected = "v1," + Convert.ToBase64String(
            HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{id}.{timestamp}.{body}")));

        return signatures.Split(' ').Any(signature => CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(signature), Encoding.ASCII.GetBytes(expected)));
    }
}

/// <summary>One request the receiver got, whether it accepted it or not.</summary>
public sealed record ReceivedWebhook(string Id, long Timestamp, string Body, bool HasValidSignature, int Status)
{
    public JsonElement Payload => JsonDocument.Parse(Body).RootElement;

    public string Type => Payload.GetProperty("type").GetString()!;

    public JsonElement Data => Payload.GetProperty("data");

    public DateTimeOffset OccurredAt => Payload.GetProperty("timestamp").GetDateTimeOffset();
}
