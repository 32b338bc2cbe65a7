using FastEndpoints;
using HappinessApi.Configuration;
using HappinessApi.Features.Ratings;
using HappinessApi.Infrastructure.Auth;
using HappinessApi.Infrastructure.Caching;
using HappinessApi.Infrastructure.Cors;
using HappinessApi.Infrastructure.Errors;
using Microsoft.Extensions.Options;

namespace HappinessApi.Features.Reports.GetReport;

public sealed class GetReportEndpoint(
    ReportStore reports,
    PublicWindowCounter counter,
    PublicReportCache cache,
    IOptions<PublicReportOptions> settings)
    : Endpoint<GetReportRequest, GetReportResponse>
{
    public const string Route = "/api/v1/report";

    public override void Configure()
    {
        Get(Route);
        if (settings.Value.RequireApiKey)
        {
            Policies(ApiScopes.ReportsRead);
        }
        else
        {
            AllowAnonymous();
        }

        RequestBinder(new RequestBinder<GetReportRequest>(BindingSource.QueryParams));
        Definition.UseETags();
        Options(builder => builder.RequireCors(ReportCors.PolicyName));
        Description(Describe, clearDefaults: true);
    }

    public override async Task HandleAsync(GetReportRequest request, CancellationToken ct)
    {
        var key = $"{request.Last}|{request.Team}|{request.Since}|{request.Until}";

        var report = await cache.GetOrBuildAsync(key, () => ReadAsync(request, ct));

        await Send.OkAsync(report, ct);
    }

    private async Task<GetReportResponse> ReadAsync(GetReportRequest request, CancellationToken ct)
    {
        var (start, end) = request.ToWindow();
        var window = new PublicWindow(start, end, request.Team);

        var rows = await reports.LastAsync(request.Last, window, ct);
        var figures = request.HasWindow ? await counter.CountAsync(window, ct) : CountListed(rows);

        return BuildReport(request, window, figures, rows);
    }

    private void Describe(RouteHandlerBuilder builder)
    {
        builder
            .WithTags("Reports")
            .WithSummary("The public report of the last N ratings")
            .Produces<GetReportResponse>(StatusCodes.Status200OK)
            .Produces<ApiProblem>(StatusCodes.Status400BadRequest, "application/problem+json");
        if (settings.Value.RequireApiKey)
        {
            builder
                .Produces<ApiProblem>(StatusCodes.Status401Unauthorized, "application/problem+json")
                .Produces<ApiProblem>(StatusCodes.Status403Forbidden, "application/problem+json");
        }
    }

    private static ReportFigures CountListed(IReadOnlyList<ReportRow> rows) => new(
        rows.Count(row => row.Rating == RatingValues.ToWire(RatingValue.Great)),
        rows.Count(row => row.Rating == RatingValues.ToWire(RatingValue.Ok)),
        rows.Count(row => row.Rating == RatingValues.ToWire(RatingValue.NotGood)));

    private static GetReportResponse BuildReport(
        GetReportRequest request, PublicWindow window, ReportFigures figures, IReadOnlyList<ReportRow> rows)
    {
        var ratings = rows.Select(ToRating).ToList();
        var percentages = figures.Percentages();

        return new GetReportResponse(
            new ReportWindow(
                request.Last, ratings.LastOrDefault()?.RatedAt, ratings.FirstOrDefault()?.RatedAt,
                request.Since is null ? null : DateTimeOffset.FromUnixTimeMilliseconds(window.Start),
                request.Until is null ? null : DateTimeOffset.FromUnixTimeMilliseconds(window.End),
                request.Team),
            new ReportCounts(figures.Great, figures.Ok, figures.NotGood, figures.Total),
            new ReportPercentages(percentages?[0], percentages?[1], percentages?[2]),
            figures.Satisfaction(),
            figures.HappinessScore(),
            ratings);
    }

    private static ReportRating ToRating(ReportRow row) => new(
        DateTimeOffset.FromUnixTimeMilliseconds(row.RatedAt),
        RatingValues.FromWire(row.Rating)!.Value,
        row.Comment,
        new ReportAgent(row.AgentName));
}
