# syntax=docker/dockerfile:1
# Build, test and publish FunnelBot; run it as a non-root user with the database on the /data volume.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore first from the props and project files only, so that the restore layer is cached across code changes.
COPY global.json Directory.Build.props Directory.Packages.props FunnelBot.sln .editorconfig ./
COPY src/FunnelBot.Domain/FunnelBot.Domain.csproj src/FunnelBot.Domain/
COPY src/FunnelBot.Sandbox/FunnelBot.Sandbox.csproj src/FunnelBot.Sandbox/
COPY src/FunnelBot/FunnelBot.csproj src/FunnelBot/
COPY tests/FunnelBot.Domain.Tests/FunnelBot.Domain.Tests.csproj tests/FunnelBot.Domain.Tests/
COPY tests/FunnelBot.Sandbox.Tests/FunnelBot.Sandbox.Tests.csproj tests/FunnelBot.Sandbox.Tests/
COPY tests/FunnelBot.Tests/FunnelBot.Tests.csproj tests/FunnelBot.Tests/
COPY bench/FunnelBot.Benchmarks/FunnelBot.Benchmarks.csproj bench/FunnelBot.Benchmarks/
RUN dotnet restore FunnelBot.sln
COPY . .
RUN dotnet build FunnelBot.sln -c Release --no-restore

FROM build AS test
RUN dotnet test FunnelBot.sln -c Release --no-build

FROM test AS publish
RUN dotnet publish src/FunnelBot/FunnelBot.csproj -c Release --no-build -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# Time-zone data for the team's IANA zone (schedules and "the reporting week" are read in it); curl for the health check.
RUN apt-get update \
    && apt-get install -y --no-install-recommends tzdata curl \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=publish /app ./
COPY config/ ./config/
RUN mkdir -p /data && chown app:app /data
# Workstation GC with a 16 MB gen0 budget: the default budget follows the CPU's cache size and lets a bot that
# mostly waits hold 50-70 MB more than it uses (bench/: load).
ENV FUNNELBOT_Storage__Path=/data/funnelbot.db \
    FUNNELBOT_Http__Urls=http://+:8080 \
    DOTNET_gcServer=0 \
    DOTNET_GCgen0size=0x1000000
USER app
VOLUME ["/data"]
# The HTTP host: /healthz, /readyz, /metrics (and, with keys, the push API). Put it behind a reverse proxy (README).
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD curl --fail --silent --show-error --max-time 4 http://127.0.0.1:8080/healthz || exit 1
# The token comes from the environment: docker run -e FUNNELBOT_Telegram__Token=... -v funnelbot:/data funnelbot
ENTRYPOINT ["dotnet", "FunnelBot.dll"]
