namespace HappinessApi.Infrastructure.Errors;

public static class ProblemCodes
{
    public const string ValidationFailed = "validation_failed";
    public const string InvalidJson = "invalid_json";
    public const string UnsupportedMediaType = "unsupported_media_type";
    public const string RequestTooLarge = "request_too_large";
    public const string BadRequest = "bad_request";
    public const string TokenInvalid = "token_invalid";
    public const string TokenExpired = "token_expired";
    public const string InvalidCursor = "invalid_cursor";
    public const string NotSuspect = "not_suspect";
    public const string Unauthorized = "unauthorized";
    public const string Forbidden = "forbidden";
    public const string NotFound = "not_found";
    public const string MethodNotAllowed = "method_not_allowed";
    public const string NotReady = "not_ready";
    public const string RateLimited = "rate_limited";
    public const string InternalError = "internal_error";

    public static bool IsTopLevel(string code) => code is TokenInvalid or TokenExpired or InvalidJson or InvalidCursor;

    public static string ForStatus(int status) => status switch
    {
        StatusCodes.Status401Unauthorized => Unauthorized,
        StatusCodes.Status403Forbidden => Forbidden,
        StatusCodes.Status404NotFound => NotFound,
        StatusCodes.Status405MethodNotAllowed => MethodNotAllowed,
        StatusCodes.Status413PayloadTooLarge => RequestTooLarge,
        StatusCodes.Status415UnsupportedMediaType => UnsupportedMediaType,
        StatusCodes.Status429TooManyRequests => RateLimited,
        StatusCodes.Status503ServiceUnavailable => NotReady,
        StatusCodes.Status400BadRequest => BadRequest,
        >= 500 => InternalError,
        _ => $"http_{status}",
    };
}
