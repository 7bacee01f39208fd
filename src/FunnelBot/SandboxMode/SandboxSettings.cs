using FunnelBot.Hosting;
using Microsoft.Extensions.Hosting;

namespace FunnelBot.SandboxMode;

/// <summary>How to start the sandbox.</summary>
public sealed record SandboxSettings
{
    public const int DefaultPort = 5080;

    public const string DefaultDatabasePath = "data/sandbox.db";

    /// <summary>The configuration file and environment; their database path is ignored (see <see cref="DatabasePath"/>).</summary>
    public required ConfigurationSources Sources { get; init; }

    /// <summary>Port of the emulator and its page on 127.0.0.1; 0 picks a free one.</summary>
    public int Port { get; init; } = DefaultPort;

    /// <summary>The sandbox's own database, separate from the real one.</summary>
    public string DatabasePath { get; init; } = DefaultDatabasePath;

    /// <summary>Delete the sandbox database first, to start again from the demo data.</summary>
    public bool Reset { get; init; }

    /// <summary>The bot's clock (the emulator keeps the real one for its flood limits).</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>A last say over the bot host before it is built (tests add log capture or a shorter poll).</summary>
    public Action<HostApplicationBuilder>? ConfigureHost { get; init; }
}
