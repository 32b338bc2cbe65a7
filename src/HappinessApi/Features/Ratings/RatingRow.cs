namespace HappinessApi.Features.Ratings;

public sealed record RatingRow(string InvitationId, string Rating, string? Comment, long FirstRatedAt, long RatedAt);
