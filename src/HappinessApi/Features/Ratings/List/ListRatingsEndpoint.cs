using FastEndpoints;
using FluentValidation.Results;
using HappinessApi.Features.Ratings.Listing;
using HappinessApi.Infrastructure.Auth;
using HappinessApi.Infrastructure.Errors;
using Microsoft.AspNetCore.Http.Extensions;

namespace HappinessApi.Features.Ratings.List;

/// <summary>Pages through the ratings with a cursor, newest first.</summary>
public sealed class ListRatingsEndpoint(RatingListStore ratings) : Endpoint<ListRatingsRequest, ListRatingsResponse>
{
    public const string Route = "/api/v1/ratings";

    public override void Configure()
    {
        Get(Route);
        Policies(ApiScopes.RatingsRead);
        RequestBinder(new RequestBinder<ListRatingsRequest>(BindingSource.QueryParams));
        Description(builder => builder
            .WithTags("Ratings")
            .WithSummary("List ratings, newest first, a page at a time")
            .Produces<ListRatingsResponse>(StatusCodes.Status200OK)
            .Produces<ApiProblem>(StatusCodes.Status400BadRequest, "application/problem+json")
            .Produces<ApiProblem>(StatusCodes.Status401Unauthorized, "application/problem+json")
            .Produces<ApiProblem>(StatusCodes.Status403Forbidden, "application/problem+json"),
            clearDefaults: true);
    }

    public override async Task HandleAsync(ListRatingsRequest request, CancellationToken ct)
    {
        var filter = request.ToFilter();
        var after = request.Cursor is null ? RatingCursor.Start : RatingCursor.TryDecode(request.Cursor, filter);
        if (after is null)
        {
            ThrowError(new ValidationFailure("cursor", "The cursor is not one this listing gave for these criteria.")
            {
                ErrorCode = ProblemCodes.InvalidCursor,
            });
        }

        var (rows, more) = await ratings.PageAsync(filter, after, request.Limit, ct);

        var next = more ? NextPage(new RatingCursor(rows[^1].RatedAt, rows[^1].Id).Encode(filter)) : null;
        HttpContext.Response.Headers.CacheControl = "private, no-store";
        await Send.OkAsync(new ListRatingsResponse([.. rows.Select(row => row.ToResponse())], next), ct);
    }

    private string NextPage(string cursor)
    {
        var query = new QueryBuilder(HttpContext.Request.Query
            .Where(parameter => !parameter.Key.Equals("cursor", StringComparison.OrdinalIgnoreCase))
            .SelectMany(parameter => parameter.Value.Select(value => KeyValuePair.Create(parameter.Key, value!))))
        {
            { "cursor", cursor },
        };

        return $"{HttpContext.Request.PathBase}{HttpContext.Request.Path}{query}";
    }
}
