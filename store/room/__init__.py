"""The room's domain: who may join (token and code), limits, phone notes and what a phone sees.

Plain typed Python without aiohttp; the web server in `tui/room/` is a thin shell over it.
"""
