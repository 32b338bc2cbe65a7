using HappinessApi.Infrastructure.Errors;

namespace HappinessApi.Features.Webhooks;

public static class WebhookNotFound
{
    public static Task SendAsync(HttpContext context)
    {
        var problem = ProblemFactory.Create(
            context,
            StatusCodes.Status404NotFound,
            ProblemCodes.NotFound,
            "There is no webhook subscription with this id.");

        return ProblemFactory.WriteAsync(context, problem);
    }
}
