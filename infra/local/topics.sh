#!/usr/bin/env bash
# Creates the topics of the catalog (schemas module) on a broker: topics.sh BOOTSTRAP [PREFIX]
# Deletes replay namespaces: topics.sh BOOTSTRAP --delete-replays ID_REGEX
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
jar="$root/schemas/target/schemas-0.1.0-SNAPSHOT.jar"
if [ ! -f "$jar" ] || [ ! -d "$root/schemas/target/lib" ] || [ -n "$(find "$root/schemas/src/main" -newer "$jar" -print -quit)" ]; then
  (cd "$root" && mvn -B -ntp -q -f schemas/pom.xml -DskipTests install)
fi
exec java --add-opens=java.base/java.nio=ALL-UNNAMED -cp "$jar:$root/schemas/target/lib/*" io.peripheral.schemas.topic.TopicAdmin "$@"
