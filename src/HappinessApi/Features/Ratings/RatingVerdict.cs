namespace HappinessApi.Features.Ratings;

/// <summary>A moderator's verdict on a suspect rating: genuine counts it, void keeps it out of every report.</summary>
public enum RatingVerdict
{
    Genuine,
    Void,
}

public static class RatingVerdicts
{
    public const string Genuine = "genuine";

    public const string Void = "void";

    public static string ToWire(RatingVerdict verdict) => verdict == RatingVerdict.Genuine ? Genuine : Void;

    public static RatingVerdict? FromWire(string? text) => text switch
    {
        Genuine => RatingVerdict.Genuine,
        Void => RatingVerdict.Void,
        _ => null,
    };
}
