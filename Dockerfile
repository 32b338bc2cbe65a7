# syntax=docker/dockerfile:1

# ---- build: restore, then publish the API in Release ----
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src

# Restore first, from the build settings and the project file only, so that the package layer
# is reused until one of them changes.
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/HappinessApi/HappinessApi.csproj src/HappinessApi/
RUN dotnet restore src/HappinessApi/HappinessApi.csproj

# The build enforces code style, so it needs the same .editorconfig as a local build.
COPY .editorconfig ./
COPY src/ src/
RUN dotnet publish src/HappinessApi/HappinessApi.csproj \
        --configuration Release \
        --no-restore \
        --output /app/publish \
        -p:UseAppHost=false

# ---- runtime: ASP.NET Core only, as the image's non-root user ----
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app

ENV ASPNETCORE_HTTP_PORTS=8080 \
    ConnectionStrings__Happiness="Data Source=/data/happiness.db"

# The SQLite database and the generated token-keys.json live on /data, which the app user owns.
# The directory is made before VOLUME so that a new volume starts with this owner.
RUN mkdir -p /data && chown "$APP_UID:$APP_UID" /data && chmod 0750 /data

COPY --from=build /app/publish ./

USER $APP_UID
VOLUME ["/data"]
EXPOSE 8080

ENTRYPOINT ["dotnet", "HappinessApi.dll"]
