# Sourced by run.sh and feed.sh: exports POLYGON_* settings from the git-ignored .env at the repository root.
# Only lines KEY=VALUE with a POLYGON_ or FEED key, or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY (the flat-file keys'
# fallback), are read (the file is data, not a script); a variable already set (non-empty) in the environment wins.
# Values are never echoed.
_env_file="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/.env"
if [ -f "$_env_file" ]; then
  while IFS= read -r _line || [ -n "$_line" ]; do
    _line="${_line%$'\r'}"
    [[ "$_line" =~ ^[[:space:]]*(export[[:space:]]+)?((POLYGON|FEED)_[A-Z0-9_]*|FEED|AWS_ACCESS_KEY_ID|AWS_SECRET_ACCESS_KEY)=(.*)$ ]] || continue
    _key="${BASH_REMATCH[2]}"; _val="${BASH_REMATCH[4]}"
    _val="${_val%\"}"; _val="${_val#\"}"; _val="${_val%\'}"; _val="${_val#\'}"
    if [ -z "${!_key:-}" ]; then export "$_key=$_val"; fi
  done < "$_env_file"
fi
unset _env_file _line _key _val
