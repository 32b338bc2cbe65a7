using HappinessApi.Features.Invitations;
using HappinessApi.Features.Invitations.Create;
using HappinessApi.Features.Landing;
using HappinessApi.Features.Ratings;
using HappinessApi.Features.Ratings.Listing;
using HappinessApi.Features.Ratings.Moderate;
using HappinessApi.Features.Reasons;
using HappinessApi.Features.Reports;
using HappinessApi.Features.Reports.Aggregates;
using HappinessApi.Features.Reports.Figures;
using HappinessApi.Features.Reports.GetReasons;
using HappinessApi.Features.Reports.GetReport;
using HappinessApi.Features.Tokens;
using HappinessApi.Infrastructure.Caching;
using HappinessApi.Infrastructure.Database;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace HappinessApi.Configuration;

public static class OptionsRegistration
{
    public const long MaxRequestBodyBytes = 1024 * 1024;

    public static IServiceCollection AddHappinessOptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DatabaseOptions>()
            .Configure(options => options.ConnectionString =
                configuration.GetConnectionString(DatabaseOptions.ConnectionStringName)
                ?? DatabaseOptions.DefaultConnectionString)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<TokenOptions>().BindConfiguration(TokenOptions.SectionName).ValidateOnStart();
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.SectionName).ValidateOnStart();
        services.AddOptions<ReasonOptions>().BindConfiguration(ReasonOptions.SectionName).ValidateOnStart();
        services.AddOptions<ScannerOptions>().BindConfiguration(ScannerOptions.SectionName).ValidateOnStart();
        services.AddOptions<PublicLinkOptions>().BindConfiguration(PublicLinkOptions.SectionName).ValidateOnStart();
        services.AddOptions<PublicReportOptions>()
            .BindConfiguration(PublicReportOptions.SectionName)
            .ValidateOnStart();
        services.AddOptions<ReportOptions>()
            .BindConfiguration(ReportOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddSingleton<IValidateOptions<DatabaseOptions>, DatabaseOptionsValidator>();
        services.AddSingleton<IValidateOptions<TokenOptions>, TokenOptionsValidator>();
        services.AddSingleton<IValidateOptions<AuthOptions>, AuthOptionsValidator>();
        services.AddSingleton<IValidateOptions<ReasonOptions>, ReasonOptionsValidator>();
        services.AddSingleton<IValidateOptions<ScannerOptions>, ScannerOptionsValidator>();
        services.AddSingleton<IValidateOptions<PublicLinkOptions>, LinkOptionsValidator>();
        services.AddSingleton<IValidateOptions<PublicReportOptions>, PublicReportOptionsValidator>();

        return services;
    }

    public static IServiceCollection AddHappinessServices(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);

        // Nothing a client sends needs more than a few kilobytes; a megabyte leaves room and caps the work.
        services.Configure<KestrelServerOptions>(options => options.Limits.MaxRequestBodySize = MaxRequestBodyBytes);
        services.AddSingleton<SqliteConnectionFactory>();
        services.AddSingleton<DatabaseMigrator>();
        services.AddSingleton(provider => TokenKeyRingLoader.Load(
            provider.GetRequiredService<IOptions<TokenOptions>>().Value,
            provider.GetRequiredService<SqliteConnectionFactory>().DatabasePath,
            provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(TokenKeyRingLoader))));
        services.AddSingleton<RatingTokenCodec>();
        services.AddSingleton<RatingLinkBuilder>();
        services.AddSingleton<InvitationStore>();
        services.AddSingleton<InvitationResolver>();
        services.AddSingleton<InvitationIssuer>();
        services.AddSingleton<GroupCommitWriter>();
        services.AddHostedService(provider => provider.GetRequiredService<GroupCommitWriter>());
        services.AddSingleton<RatingStore>();
        services.AddSingleton<RatingListStore>();
        services.AddSingleton<ModerationStore>();
        services.AddSingleton<ReportStore>();
        services.AddSingleton<RangeReportStore>();
        services.AddSingleton<PublicWindowCounter>();
        services.AddSingleton<ReportDataVersion>();
        services.AddSingleton<PublicReportCache>();
        services.AddSingleton<AggregateRebuilder>();
        services.AddSingleton<ReasonReportStore>();
        services.AddSingleton<ReportBlockReader>();
        services.AddSingleton<ReasonCatalog>();
        services.AddSingleton<FormStamp>();
        services.AddSingleton<LandingVisits>();

        return services;
    }
}
