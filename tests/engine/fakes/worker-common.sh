#!/bin/bash
# Fault injection only: a fake proofdesk-worker that reads one request frame and misbehaves
# as its MODE says. Real checking never uses this.
read_request() {
    read -r magic len || exit 0
    body=$(head -c "$len")
    id=$(printf '%s' "$body" | grep -o '"id": *[0-9]*' | grep -o '[0-9]*$')
}
