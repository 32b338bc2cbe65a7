using System.Text;

namespace HappinessApi.Baseline;

/// <summary>
/// The JSON bodies the baseline answers with. bench/load.sh captures the real service's answers into a folder
/// (Baseline:Bodies) so that both send the same bytes; without one, small bodies of the same shape are used.
/// </summary>
public sealed record ConstantBodies(byte[] Rating, byte[] Report, byte[] Summary, byte[] Trend)
{
    public static readonly byte[] Ready = Encoding.UTF8.GetBytes("""{"status":"ready"}""");

    private const string DefaultRating =
        """{"rating":"great","comment":null,"reasons":[],"ratedAt":"2026-01-01T00:00:00+00:00","changed":true}""";

    private const string DefaultReport =
        """{"counts":{"great":0,"ok":0,"notGood":0,"total":0},"percentages":null,"ratings":[]}""";

    private const string DefaultSummary = """{"current":{"counts":{"great":0,"ok":0,"notGood":0,"total":0}}}""";

    private const string DefaultTrend = """{"bucket":"day","points":[]}""";

    public static ConstantBodies Load(string? folder) => new(
        Read(folder, "rating.json", DefaultRating),
        Read(folder, "report.json", DefaultReport),
        Read(folder, "summary.json", DefaultSummary),
        Read(folder, "trend.json", DefaultTrend));

    public static RequestDelegate Answer(int status, byte[] body) => async context =>
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    };

    private static byte[] Read(string? folder, string name, string fallback)
    {
        var path = folder is null ? null : Path.Combine(folder, name);
        return path is not null && File.Exists(path) ? File.ReadAllBytes(path) : Encoding.UTF8.GetBytes(fallback);
    }
}
