using FunnelBot.Benchmarks;

return await BenchProgram.RunAsync(args);
