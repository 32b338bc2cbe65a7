using HappinessApi.Baseline;

// The HTTP ceiling for bench/load.sh: the service's routes, answering constants with no work behind them.
var builder = WebApplication.CreateBuilder(args);
var bodies = ConstantBodies.Load(builder.Configuration["Baseline:Bodies"]);

var app = builder.Build();

app.MapGet("/readyz", ConstantBodies.Answer(200, ConstantBodies.Ready));
app.MapPost("/api/v1/ratings", ConstantBodies.Answer(201, bodies.Rating));
app.MapGet("/api/v1/report", ConstantBodies.Answer(200, bodies.Report));
app.MapGet("/api/v1/report/summary", ConstantBodies.Answer(200, bodies.Summary));
app.MapGet("/api/v1/report/trend", ConstantBodies.Answer(200, bodies.Trend));

app.Run();
