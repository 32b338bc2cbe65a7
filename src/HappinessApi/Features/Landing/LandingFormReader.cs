namespace HappinessApi.Features.Landing;

/// <summary>
/// Reads a customer's form before any endpoint binds it, so that a form over the size or field limits is refused
/// as too large (413, a page for a browser) rather than taken for a malformed one.
/// </summary>
public sealed class LandingFormReader(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (HttpMethods.IsPost(request.Method)
            && LandingRoutes.IsCustomerPage(request.Path)
            && request.HasFormContentType)
        {
            await ReadAsync(request, context.RequestAborted);
        }

        await next(context);
    }

    // The form is kept on the request, where the endpoint's binding finds it already read.
    private static async Task ReadAsync(HttpRequest request, CancellationToken ct)
    {
        try
        {
            await request.ReadFormAsync(ct);
        }
        catch (InvalidDataException tooMany)
        {
            const string reason = "The form has more fields, or longer ones, than allowed.";
            throw new BadHttpRequestException(reason, StatusCodes.Status413PayloadTooLarge, tooMany);
        }
    }
}
