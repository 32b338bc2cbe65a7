namespace HappinessApi.Features.Tokens;

public enum TokenFailure
{
    None,
    Invalid,
    Expired,
}

public sealed record TokenVerification(TokenFailure Failure, RatingTokenClaims? Claims)
{
    public static readonly TokenVerification Invalid = new(TokenFailure.Invalid, null);

    public static readonly TokenVerification Expired = new(TokenFailure.Expired, null);

    public static TokenVerification Valid(RatingTokenClaims claims) => new(TokenFailure.None, claims);
}
