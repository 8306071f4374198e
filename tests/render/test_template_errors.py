"""Errors in the editor's templates as problems naming the template's file and line (render/template_errors.py)."""

from __future__ import annotations

import jinja2

from newsdossier.render.template_errors import template_problem, template_syntax_problems


def test_syntax_errors_in_every_template_are_found_with_file_and_line(tmp_path):
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "good.md.j2").write_text("{{ title }}\n", encoding="utf-8")
    (templates / "bad.md.j2").write_text("line one\n{% for x in items %}\n{{ x }\n", encoding="utf-8")
    (templates / ".hidden.j2").write_text("{% nonsense", encoding="utf-8")
    [problem] = template_syntax_problems(templates, tmp_path)
    assert problem.origin.file == "templates/bad.md.j2" and problem.origin.line == 3
    assert problem.message.startswith("Expected a valid Jinja template but received a syntax error")
    assert template_syntax_problems(tmp_path / "absent", tmp_path) == []


def test_an_error_while_rendering_names_the_template_line_and_a_program_error_is_not_disguised(tmp_path):
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "page.md.j2").write_text("# Title\n\n{{ page.missing }}\n", encoding="utf-8")
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(templates), undefined=jinja2.StrictUndefined)
    try:
        env.get_template("page.md.j2").render(page={})
    except jinja2.UndefinedError as error:
        problem = template_problem(error, templates, tmp_path)
    assert problem is not None and (problem.origin.file, problem.origin.line) == ("templates/page.md.j2", 3)
    assert "undefined" in problem.message
    try:
        raise ValueError("a defect of the program")
    except ValueError as error:
        assert template_problem(error, templates, tmp_path) is None
