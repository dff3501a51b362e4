#!/usr/bin/env python
"""Start the live DRF server: migrate, seed, then runserver on 127.0.0.1:PORT.

    python serve.py PORT

The same as, from this folder:
    python manage.py migrate --noinput && python manage.py seed \
        && python manage.py runserver 127.0.0.1:PORT --noreload
Environment: LIVE_DB (SQLite file), LIVE_PASSWORD (password of the seeded users).
"""
import os
import sys
from pathlib import Path

if __name__ == "__main__":
    if len(sys.argv) != 2 or not sys.argv[1].isdigit():
        sys.exit("usage: serve.py PORT")
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "liveproject.settings")
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", interactive=False, verbosity=0)
    call_command("seed")
    call_command("runserver", f"127.0.0.1:{sys.argv[1]}", use_reloader=False)
