using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using MockAspsp.Hosting;

var app = MockAspspApp.Create(args);
await app.StartAsync();
var bank = app.Services.GetRequiredService<MockBank>();
DemoConfigs.Write(bank);
Console.WriteLine(MockAspspBanner.Text(bank));
await app.WaitForShutdownAsync();

/// <summary>The mock bank's entry point; public and partial so tests can host it.</summary>
public partial class Program;
