using FunnelBot.Cli;

return await FunnelBotCli.RunAsync(args, Console.Out, Console.Error, TimeProvider.System);
