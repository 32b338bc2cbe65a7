using FastEndpoints;

namespace HappinessApi.Infrastructure.Caching;

public sealed class BufferBodyPreProcessor : IGlobalPreProcessor
{
    public Task PreProcessAsync(IPreProcessorContext context, CancellationToken ct)
    {
        BufferedBody.Start(context.HttpContext);

        return Task.CompletedTask;
    }
}
