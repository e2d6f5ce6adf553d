#!/usr/bin/env bash
# Configures an unpacked WildFly for Passerelle, offline. Idempotent: it starts each time from a
# fresh copy of standalone-full.xml (EJB, messaging) and applies configure.cli to it.
# Usage: configure-server.sh WILDFLY_HOME   (JAVA_HOME must point at a JDK)
set -euo pipefail
home=$1
here=$(cd "$(dirname "$0")" && pwd)
cfg=$home/standalone/configuration

cp -r "$here/modules/." "$home/modules/"
cp "$cfg/standalone-full.xml" "$cfg/standalone-passerelle.xml"
rm -rf "$cfg/standalone_xml_history"
"$home/bin/jboss-cli.sh" --file="$here/configure.cli"
rm -rf "$cfg/standalone_xml_history" "$home/standalone/data" "$home/standalone/log" "$home/standalone/tmp"
