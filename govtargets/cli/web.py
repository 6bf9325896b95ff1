"""The web commands: `serve` runs the application, `user` manages who may log in."""

from __future__ import annotations

import os
import secrets
import sys

import click

from govtargets.cli._common import _store, db_option, store_errors

__all__ = ["serve", "user"]


@click.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=int, default=8000, show_default=True)
@click.option("--workers", type=int, default=1, show_default=True, help="Worker processes.")
@click.option("--secure-cookies", is_flag=True, help="Mark cookies Secure (behind HTTPS).")
@store_errors
def serve(db: str | None, host: str, port: int, workers: int, secure_cookies: bool) -> None:
    """Run the web application (pages in Chinese, JSON API under /api, docs at /api/docs).

    The session cookies are signed with $GOVTARGETS_SECRET (one is made for this run if it is not set, so
    logins last until the server stops).

    \b
    Example:
      govtargets user add duchashi --role supervisor --db plans.db
      govtargets serve --db plans.db --port 8000
    """
    # deferred: it loads SQLAlchemy or openpyxl, which the reading commands do not need
    import uvicorn

    # deferred: it loads SQLAlchemy or openpyxl, which the reading commands do not need
    from govtargets.store import default_url

    os.environ["GOVTARGETS_DB"] = db or default_url()
    os.environ.setdefault("GOVTARGETS_SECRET", secrets.token_urlsafe(32))
    if secure_cookies:
        os.environ["GOVTARGETS_SECURE_COOKIES"] = "1"
    with _store(db, create=True):
        pass  # migrate once before the workers start
    click.echo(f"govtargets: serving {os.environ['GOVTARGETS_DB']} on http://{host}:{port}/", err=True)
    uvicorn.run(
        "govtargets.web.app:app_from_env",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_level="warning",
    )


@click.group()
def user() -> None:
    """Users of the web application: admin, supervisor (督查室), reporter (a unit), viewer.

    \b
    Example:
      govtargets user add zhujianwei --role reporter --unit 市住建委
    """


@user.command("add")
@click.argument("username")
@click.option("--role", type=click.Choice(["admin", "supervisor", "reporter", "viewer"]), required=True)
@click.option("--unit", default=None, help="A reporter's unit (as the plan names it, e.g. 市住建委).")
@click.option(
    "--new-unit", is_flag=True, help="Accept a reporter's unit that no plan names yet (else refused)."
)
@click.option("--name", "display_name", default=None, help="The name shown on pages.")
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input.")
@db_option
@store_errors
def user_add(
    username: str,
    role: str,
    unit: str | None,
    new_unit: bool,
    display_name: str | None,
    password_stdin: bool,
    db: str | None,
) -> None:
    """Add a user; the password is asked for twice (or read from stdin).

    \b
    Example:
      govtargets user add duchashi --role supervisor --name 督查室王科长
      echo 'a-long-password' | govtargets user add viewer1 --role viewer --password-stdin
    """
    # deferred: it loads SQLAlchemy or openpyxl, which the reading commands do not need
    from govtargets.store import add_user

    password = _read_password(password_stdin)
    with _store(db, create=True) as store:
        u = add_user(store, username, password, role, unit=unit, display_name=display_name, new_unit=new_unit)
    click.echo(f"user {u.username} added: {u.role_name}{'，' + u.unit if u.unit else ''}")


@user.command("disable")
@click.argument("username")
@db_option
@store_errors
def user_disable(username: str, db: str | None) -> None:
    """Disable a user: its open sessions stop working at once; what it entered stays.

    \b
    Example:
      govtargets user disable zhujianwei --db plans.db
    """
    _set_disabled(db, username, True)


@user.command("enable")
@click.argument("username")
@db_option
@store_errors
def user_enable(username: str, db: str | None) -> None:
    """Enable a disabled user again.

    \b
    Example:
      govtargets user enable zhujianwei --db plans.db
    """
    _set_disabled(db, username, False)


@user.command("passwd")
@click.argument("username")
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input.")
@db_option
@store_errors
def user_passwd(username: str, password_stdin: bool, db: str | None) -> None:
    """Set a user's password (asked for twice, or read from stdin).

    \b
    Example:
      govtargets user passwd zhujianwei --db plans.db
    """
    # deferred: it loads SQLAlchemy or openpyxl, which the reading commands do not need
    from govtargets.store import set_password

    password = _read_password(password_stdin)
    with _store(db) as store:
        set_password(store, username, password, actor="cli")
    click.echo(f"password of {username} set")


def _read_password(from_stdin: bool) -> str:
    """A new password: one line of standard input, or asked for twice at the terminal."""
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    return str(click.prompt("password", hide_input=True, confirmation_prompt=True))


def _set_disabled(db: str | None, username: str, disabled: bool) -> None:
    # deferred: it loads SQLAlchemy or openpyxl, which the reading commands do not need
    from govtargets.store import set_disabled

    with _store(db) as store:
        set_disabled(store, username, disabled, actor="cli")
    click.echo(f"user {username} {'disabled' if disabled else 'enabled'}")


@user.command("list")
@db_option
@store_errors
def user_list(db: str | None) -> None:
    """List the users.

    \b
    Example:
      govtargets user list --db plans.db
    """
    # deferred: it loads SQLAlchemy or openpyxl, which the reading commands do not need
    from govtargets.store import list_users

    with _store(db) as store:
        for u in list_users(store):
            state = "（停用）" if u.disabled else ""
            click.echo(f"{u.username}\t{u.role_name}\t{u.unit or ''}\t{u.display_name}{state}")
