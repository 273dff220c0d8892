#!/usr/bin/env bash
# Creates the topics of the catalog (schemas module) on a broker: topics.sh BOOTSTRAP [PREFIX]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
jar="$root/schemas/target/schemas-0.1.0-SNAPSHOT.jar"
cpfile="$root/schemas/target/classpath.txt"
if [ ! -f "$jar" ] || [ ! -f "$cpfile" ] || [ -n "$(find "$root/schemas/src/main" -newer "$jar" -print -quit)" ]; then
  (cd "$root" && mvn -q -pl schemas -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt)
fi
exec java --add-opens=java.base/java.nio=ALL-UNNAMED -cp "$jar:$(cat "$cpfile")" io.peripheral.schemas.topic.TopicAdmin "$@"
