--[[
parley.lua: Parley charts in pandoc documents (integrations/README.md).

    ``` {.parley chart=seating round=round-2 theme=print caption="Round 2"}
    parley: 1
    ...
    ```

    ``` {#fig-talks .parley file=models/istanbul.yaml}
    ```

Each block becomes a picture drawn by `parley render`: SVG with real text for HTML, PDF for
LaTeX and beamer, PNG at twice the size for everything else (DOCX, ODT, PPTX, …). Its alt text is
what `parley describe` says of the same round in the same language; `caption=` (or `title=`)
makes it a figure, and the block's id is the figure's, for cross-references.

A bad model or option fails the whole conversion with every problem at its place in the
document (`doc.md:LINE:COLUMN: error: …`), or in the model's own file for `file=`.

`PARLEY=/path/to/parley` or the document's `parley:` metadata names the program (default: `parley`
on PATH). Works with pandoc 2.17 and 3.x.

Loaded with `require 'parley'` (LUA_PATH), the same file is an engine for pandoc-ext/diagram.
--]]

local module_name = ...

-- The chart options a block may set, by the CLI's names; each goes to `render` as `--name value`.
-- `formats` limits an option to the formats it means something for (so one document converts to
-- HTML and DOCX alike); `describe` marks those `describe` takes too.
local chart_options = {
  chart = {}, round = { describe = true }, rounds = {}, align = {}, clock = { describe = true },
  theme = {}, ['dark-theme'] = { formats = { svg = true } }, lang = { describe = true },
  width = {}, height = {}, fit = {}, notes = {}, font = {}, background = {},
  scale = { formats = { png = true } }, ['id-prefix'] = { formats = { svg = true } },
}
-- Attributes the filter reads itself; `no-title=true` is `--no-title`.
local own_attributes = { file = true, caption = true, title = true, alt = true, ['no-title'] = true }

local function sorted_keys(table_)
  local keys = {}
  for key in pairs(table_) do keys[#keys + 1] = key end
  table.sort(keys)
  return keys
end

--- The picture format for pandoc's output format.
local function picture_format(format)
  if format:match('^html') or format:match('^epub') or format == 'revealjs' or format == 's5'
      or format == 'slidy' or format == 'slideous' or format == 'dzslides' then
    return 'svg', 'image/svg+xml'
  elseif format == 'latex' or format == 'beamer' or format == 'context' then
    return 'pdf', 'application/pdf'
  end
  return 'png', 'image/png'
end

local function shell_quote(text)
  return "'" .. text:gsub("'", "'\\''") .. "'"
end

local function read_file(path)
  local file = io.open(path, 'rb')
  if not file then return nil end
  local content = file:read('a')
  file:close()
  return content
end

local function write_file(path, content)
  local file = assert(io.open(path, 'wb'))
  file:write(content)
  file:close()
end

--- Runs parley with `arguments`, standard input from `input_path`, in `folder` (or here);
--- returns success, standard output and standard error.
local function run_parley(program, arguments, input_path, folder, scratch)
  local quoted = { shell_quote(program) }
  for _, argument in ipairs(arguments) do quoted[#quoted + 1] = shell_quote(argument) end
  local out_path = pandoc.path.join { scratch, 'stdout' }
  local err_path = pandoc.path.join { scratch, 'stderr' }
  local command = table.concat(quoted, ' ')
    .. (input_path and (' < ' .. shell_quote(input_path)) or ' < /dev/null')
    .. ' > ' .. shell_quote(out_path) .. ' 2> ' .. shell_quote(err_path)
  if folder and folder ~= '' then command = 'cd ' .. shell_quote(folder) .. ' && ' .. command end
  local ok, _, code = os.execute(command)
  local errors = read_file(err_path) or ''
  if code == 127 then
    errors = 'cannot run ' .. program .. ' (set PARLEY or the parley metadata field to its path)\n' .. errors
  end
  return ok == true and code == 0, read_file(out_path) or '', errors
end

--[[ Where each parley block starts in the input files. Pandoc 2.17 gives Markdown no source
positions, so the filter finds the fences itself: every fenced block (``` or ~~~, perhaps in a
block quote or indented), noting those whose info string names the parley class. ]]
local function is_parley_info(info)
  return info:match('^parley%f[^%w_-]') ~= nil or info:match('^{.-%.parley%f[^%w_-].-}') ~= nil
end

local function scan_fences(path, name, found)
  local text = read_file(path)
  if not text then return end
  local line_number, open = 0, nil
  for line in (text:gsub('\r\n', '\n') .. '\n'):gmatch('(.-)\n') do
    line_number = line_number + 1
    local prefix, fence, info = line:match('^([ \t>]*)(```+)%s*(.-)%s*$')
    if not fence then prefix, fence, info = line:match('^([ \t>]*)(~~~+)%s*(.-)%s*$') end
    if open then
      if fence and fence:sub(1, 1) == open.char and #fence >= open.length and info == '' then
        if open.block then open.block.text = table.concat(open.lines, '\n') end
        open = nil
      elseif open.block then
        open.lines[#open.lines + 1] = line:sub(#open.prefix + 1)
      end
    elseif fence and not (fence:sub(1, 1) == '`' and info:find('`')) then
      open = { char = fence:sub(1, 1), length = #fence, prefix = prefix, lines = {} }
      if is_parley_info(info) then
        open.block = { file = name, line = line_number, column = #prefix + 1 }
        found[#found + 1] = open.block
      end
    end
  end
end

local function document_blocks()
  local found = {}
  for _, path in ipairs(PANDOC_STATE.input_files or {}) do
    if path ~= '-' then scan_fences(path, path, found) end
  end
  return found
end

--- The document's folder, against which `file=` and flag pictures resolve.
local function document_folder()
  local first = (PANDOC_STATE.input_files or {})[1]
  if not first or first == '-' then return '.' end
  return pandoc.path.directory(first)
end

--[[ Diagnostics: parley's `<stdin>:L:C: error: …` moved to the block's place in the document;
usage errors (`Error: …` and the usage) to one line at the block's fence. ]]
local function place_messages(stderr, where, from_file)
  local messages = {}
  for line in stderr:gmatch('[^\n]+') do
    local model_line, column, rest = line:match('^<stdin>:(%d+):(%d+): (.*)$')
    if model_line and not from_file then
      messages[#messages + 1] = string.format('%s:%d:%d: %s', where.file, where.line + tonumber(model_line),
        where.column - 1 + tonumber(column), rest)
    elseif line:match('^[^:%s]+:%d+:%d+: ') then
      messages[#messages + 1] = line
    elseif line:match('^Error: ') then
      messages[#messages + 1] = string.format('%s:%d:%d: error: %s', where.file, where.line, where.column,
        line:gsub('^Error: ', ''):gsub('<stdin>', 'the block'))
    elseif line:match('^error: ') or line:match('^warning: ') then
      messages[#messages + 1] = string.format('%s:%d:%d: %s', where.file, where.line, where.column,
        (line:gsub('<stdin>', 'the block')))
    elseif line:match('^cannot run ') then
      messages[#messages + 1] = string.format('%s:%d:%d: error: %s', where.file, where.line, where.column, line)
    end
  end
  if from_file and #messages > 0 then
    messages[#messages + 1] = string.format('%s:%d:%d: note: in the parley block that names this model',
      where.file, where.line, where.column)
  end
  return messages
end

local problems = {}
local program = os.getenv('PARLEY')
if program == '' then program = nil end
local blocks_in_document, used_blocks, ordinal = nil, {}, 0

--- The block's place in the document: the first unused scanned block with the same text, else
--- the next one in order.
local function locate(block)
  blocks_in_document = blocks_in_document or document_blocks()
  ordinal = ordinal + 1
  local chosen
  for index, found in ipairs(blocks_in_document) do
    if not used_blocks[index] and found.text == block.text then chosen = index break end
  end
  chosen = chosen or ((not used_blocks[ordinal]) and blocks_in_document[ordinal] and ordinal)
  if chosen then
    used_blocks[chosen] = true
    return blocks_in_document[chosen]
  end
  local name = (PANDOC_STATE.input_files or {})[1] or '-'
  return { file = name == '-' and '<stdin>' or name, line = 0, column = 1 }
end

--- Renders one block's model; returns the picture, its alt text, and messages (errors fail).
local function render(attributes, text, where, format)
  local arguments, describe_arguments = { 'render', '-', '--format', format, '-o', '-' }, { 'describe', '-' }
  if format == 'svg' then table.insert(arguments, '--svg-text') table.insert(arguments, 'native') end
  program = program or 'parley'
  local errors = {}
  for _, name in ipairs(sorted_keys(attributes)) do
    local value, option = attributes[name], chart_options[name]
    if option then
      if not option.formats or option.formats[format] then
        arguments[#arguments + 1] = '--' .. name
        arguments[#arguments + 1] = value
      end
      if option.describe then
        describe_arguments[#describe_arguments + 1] = '--' .. name
        describe_arguments[#describe_arguments + 1] = value
      end
    elseif name == 'no-title' then
      if value == 'true' then arguments[#arguments + 1] = '--no-title'
      elseif value ~= 'false' then
        errors[#errors + 1] = string.format("%s:%d:%d: error: no-title is true or false, not '%s'",
          where.file, where.line, where.column, value)
      end
    elseif not own_attributes[name] then
      errors[#errors + 1] = string.format("%s:%d:%d: error: a parley block has no attribute '%s'; it takes %s",
        where.file, where.line, where.column, name, table.concat(sorted_keys(chart_options), ', ')
          .. ', ' .. table.concat(sorted_keys(own_attributes), ', '))
    end
  end
  if format == 'png' and not attributes.scale then
    arguments[#arguments + 1] = '--scale'
    arguments[#arguments + 1] = '2'
  end
  if #errors > 0 then return nil, nil, errors end

  return pandoc.system.with_temporary_directory('parley', function(scratch)
    local folder, from_file = document_folder(), attributes.file ~= nil
    local input
    if from_file then
      if text:match('%S') then
        return nil, nil, { string.format('%s:%d:%d: error: a parley block with file= has no model of its own; '
          .. 'leave it empty or drop file=', where.file, where.line, where.column) }
      end
      -- parley names the model by the path it is given: relative to the document's folder, as written.
      input = pandoc.path.is_absolute(attributes.file) and attributes.file
        or pandoc.path.normalize(pandoc.path.join { folder, attributes.file })
      arguments[2], describe_arguments[2] = input, input
      folder, input = nil, nil
    else
      -- Standard input, run in the document's folder, so flag pictures resolve beside the document.
      input = pandoc.path.join { scratch, 'model' }
      write_file(input, text .. '\n')
      if folder ~= '.' then
        input = pandoc.path.is_absolute(input) and input or pandoc.path.join { pandoc.system.get_working_directory(), input }
      end
    end
    local ok, picture, stderr = run_parley(program, arguments, input, folder, scratch)
    local messages = place_messages(stderr, where, from_file)
    if not ok then
      if #messages == 0 then
        messages[1] = string.format('%s:%d:%d: error: parley render failed: %s', where.file, where.line, where.column, stderr)
      end
      return nil, nil, messages
    end
    local described, alt = run_parley(program, describe_arguments, input, folder, scratch)
    return picture, described and alt:gsub('%s+$', '') or nil, messages
  end)
end

local function block_to_picture(block)
  if not block.classes:includes('parley') then return nil end
  local where = locate(block)
  local attributes = {}
  for name, value in pairs(block.attributes) do attributes[name] = value end
  local format, mime = picture_format(FORMAT)
  local picture, alt, messages = render(attributes, block.text, where, format)
  if not picture then
    -- Kept for the end, with their notes, so that every block's problems are told before failing.
    for _, message in ipairs(messages or {}) do problems[#problems + 1] = message end
    return nil
  end
  for _, message in ipairs(messages) do io.stderr:write(message, '\n') end

  local name = 'parley-' .. pandoc.utils.sha1(picture) .. '.' .. format
  pandoc.mediabag.insert(name, mime, picture)
  local alt_text = attributes.alt or alt or ''
  local caption = attributes.caption or attributes.title
  if pandoc.Figure then
    local image = pandoc.Image(pandoc.Inlines(alt_text), name, '', pandoc.Attr('', {}, {}))
    if not caption then
      if block.identifier ~= '' then image.identifier = block.identifier end
      return pandoc.Para { image }
    end
    return pandoc.Figure(pandoc.Plain { image }, { pandoc.Plain(pandoc.read(caption, 'markdown').blocks[1].content) },
      pandoc.Attr(block.identifier, {}, {}))
  end
  -- pandoc 2: a figure is a paragraph holding one image titled 'fig:', its caption the image's text;
  -- the alt attribute keeps the description for the HTML writer.
  if not caption then
    return pandoc.Para { pandoc.Image({ pandoc.Str(alt_text) }, name, '', pandoc.Attr(block.identifier, {}, {})) }
  end
  local inlines = pandoc.read(caption, 'markdown').blocks[1].content
  return pandoc.Para { pandoc.Image(inlines, name, 'fig:', pandoc.Attr(block.identifier, {}, { { 'alt', alt_text } })) }
end

local function read_metadata(meta)
  if not program and meta.parley then program = pandoc.utils.stringify(meta.parley) end
  program = program or 'parley'
end

local function report_problems()
  if #problems > 0 then
    io.stderr:write(table.concat(problems, '\n'), '\n')
    os.exit(1)
  end
end

--[[ As an engine for pandoc-ext/diagram (`diagram: {engine: {parley: {package: parley}}}`):
`compile` gets the block's text and its `opt-NAME` attributes and answers the picture and its
MIME type, in the format the filter chose from `mime_types`. ]]
if module_name then
  local mime_formats = { ['image/svg+xml'] = 'svg', ['application/pdf'] = 'pdf', ['image/png'] = 'png' }
  return {
    line_comment_start = '#',
    mime_types = { ['image/svg+xml'] = true, ['application/pdf'] = true, ['image/png'] = true },
    compile = function(self, text, options)
      program = program or self.execpath or 'parley'
      local mime = self.mime_type or 'image/svg+xml'
      -- The diagram filter does not say where the block is: positions are the model's own.
      local where = { file = 'parley block', line = 0, column = 1 }
      -- The filter hands over its engine settings (package, execpath, mime-type) with the block's
      -- opt-* attributes: only the chart options go on to parley.
      local chart = {}
      for name, value in pairs(options or {}) do
        if chart_options[name] or name == 'no-title' then chart[name] = pandoc.utils.stringify(value) end
      end
      local picture, _, messages = render(chart, text, where, mime_formats[mime])
      if not picture then error(table.concat(messages or {}, '\n'), 0) end
      return picture, mime
    end,
  }
end

return {
  { Meta = read_metadata },
  { CodeBlock = block_to_picture },
  { Pandoc = report_problems },
}
