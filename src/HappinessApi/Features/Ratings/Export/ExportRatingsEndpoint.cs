using CsvHelper;
using FastEndpoints;
using HappinessApi.Features.Ratings.Listing;
using HappinessApi.Infrastructure.Auth;
using HappinessApi.Infrastructure.Errors;

namespace HappinessApi.Features.Ratings.Export;

/// <summary>Every rating of the criteria as CSV, written to the response as it is read.</summary>
public sealed class ExportRatingsEndpoint(RatingListStore ratings) : Endpoint<ExportRatingsRequest>
{
    public const string Route = "/api/v1/ratings/export.csv";

    public override void Configure()
    {
        Get(Route);
        Policies(ApiScopes.RatingsRead);
        RequestBinder(new RequestBinder<ExportRatingsRequest>(BindingSource.QueryParams));
        Description(builder => builder
            .WithTags("Ratings")
            .WithSummary("Export the ratings of the criteria as CSV (RFC 4180, UTF-8 with BOM), newest first")
            .Produces<string>(StatusCodes.Status200OK, "text/csv")
            .Produces<ApiProblem>(StatusCodes.Status400BadRequest, "application/problem+json")
            .Produces<ApiProblem>(StatusCodes.Status401Unauthorized, "application/problem+json")
            .Produces<ApiProblem>(StatusCodes.Status403Forbidden, "application/problem+json"),
            clearDefaults: true);
    }

    // A million rows must not be held in memory: each is written as it is read, and the writer sends its buffer
    // whenever it fills, waiting for the client as it goes.
    public override async Task HandleAsync(ExportRatingsRequest request, CancellationToken ct)
    {
        var response = HttpContext.Response;
        response.ContentType = "text/csv; charset=utf-8";
        response.Headers.ContentDisposition = "attachment; filename=\"ratings.csv\"";
        response.Headers.CacheControl = "private, no-store";

        await using var csv = CsvWriter.Create(response.Body, RatingCsv.Options, leaveOpen: true);
        RatingCsv.WriteHeader(csv);
        await foreach (var row in ratings.StreamAsync(request.ToFilter(), ct))
        {
            RatingCsv.Write(csv, row);
            await csv.EndRecordAsync(ct);
        }

        await csv.FlushAsync(ct);
    }
}
