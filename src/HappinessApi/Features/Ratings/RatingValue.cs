namespace HappinessApi.Features.Ratings;

/// <summary>How the customer felt: great, ok or not_good.</summary>
public enum RatingValue
{
    Great,
    Ok,
    NotGood,
}

public static class RatingValues
{
    public static string ToWire(RatingValue rating) => rating switch
    {
        RatingValue.Great => "great",
        RatingValue.Ok => "ok",
        _ => "not_good",
    };

    public static RatingValue? FromWire(string? text) => text switch
    {
        "great" => RatingValue.Great,
        "ok" => RatingValue.Ok,
        "not_good" => RatingValue.NotGood,
        _ => null,
    };
}
