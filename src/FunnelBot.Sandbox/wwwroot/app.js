// The sandbox's web chat: plain DOM code over the emulator's /sandbox/api routes. Text from the bot is never
// inserted as HTML: messages are built node by node from their plain text and entities.
const api = "/sandbox/api";
const byId = (id) => document.getElementById(id);

const state = {
  bot: null,
  people: [],
  userId: null,
  channelId: null,
  chatWatch: null,
  channelWatch: null,
  // The team's IANA time zone (Team:TimeZone) when FunnelBot names it: times show in it, not in the browser's.
  timeZone: undefined,
};

// ---- HTTP -------------------------------------------------------------------------------------------------------

async function getJson(path, signal) {
  const response = await fetch(api + path, { signal, headers: { Accept: "application/json" } });
  if (!response.ok) {
    const error = new Error(`${path}: HTTP ${response.status}`);
    error.status = response.status;
    throw error;
  }
  return response.json();
}

async function postJson(path, body) {
  const response = await fetch(api + path, {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify(body),
  });
  const result = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new Error(result.error || `HTTP ${response.status}`);
  }
  return result;
}

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function setConnection(ok) {
  const element = byId("connection");
  element.textContent = ok ? "Connected" : "Reconnecting…";
  element.classList.toggle("offline", !ok);
}

// ---- Rendering a message ----------------------------------------------------------------------------------------

const entityTags = {
  bold: "b", italic: "i", underline: "u", strikethrough: "s", code: "code", pre: "pre",
  blockquote: "blockquote", expandable_blockquote: "blockquote", spoiler: "span",
};

function entityElement(entity, text) {
  if (entity.type === "text_link" && /^(https?|tg):/i.test(entity.url || "")) {
    const link = document.createElement("a");
    link.href = entity.url;
    link.target = "_blank";
    link.rel = "noopener noreferrer";
    return link;
  }
  if (entity.type === "bot_command") {
    const command = document.createElement("button");
    command.type = "button";
    command.className = "command-link";
    command.addEventListener("click", () => sendText(text.slice(entity.offset, entity.offset + entity.length)));
    return command;
  }
  const element = document.createElement(entityTags[entity.type] || "span");
  if (entity.type === "spoiler") {
    element.className = "spoiler";
    element.title = "Spoiler: click to show";
    element.addEventListener("click", () => element.classList.add("shown"));
  }
  return element;
}

// Entities are nested ranges in UTF-16 code units, which is how JavaScript strings count too.
function renderRange(text, start, end, entities) {
  const fragment = document.createDocumentFragment();
  let position = start;
  let index = 0;
  while (index < entities.length) {
    const entity = entities[index];
    const entityEnd = entity.offset + entity.length;
    if (entity.offset >= end) break;
    if (entity.offset < position) { index++; continue; }
    fragment.append(text.slice(position, entity.offset));
    const inner = [];
    index++;
    while (index < entities.length && entities[index].offset < entityEnd) inner.push(entities[index++]);
    const element = entityElement(entity, text);
    element.append(renderRange(text, entity.offset, Math.min(entityEnd, end), inner));
    fragment.append(element);
    position = entityEnd;
  }
  fragment.append(text.slice(position, end));
  return fragment;
}

function renderText(text, entities) {
  const sorted = [...(entities || [])].sort((a, b) => a.offset - b.offset || b.length - a.length);
  const body = document.createElement("div");
  body.className = "text";
  body.append(renderRange(text, 0, text.length, sorted));
  return body;
}

function renderAttachment(attachment, caption) {
  if (attachment.kind === "photo") {
    const link = document.createElement("a");
    link.href = attachment.url;
    link.target = "_blank";
    link.rel = "noopener";
    link.className = "photo";
    const image = document.createElement("img");
    image.src = attachment.url;
    image.alt = caption ? `Image: ${caption}` : "Image sent by the bot";
    image.loading = "lazy";
    link.append(image);
    return link;
  }
  const link = document.createElement("a");
  link.href = attachment.url;
  link.download = attachment.file_name || "file";
  link.className = "document";
  const kb = Math.max(1, Math.round(attachment.size / 1024));
  link.textContent = `📄 ${attachment.file_name || attachment.kind} (${kb} KB)`;
  return link;
}

function renderKeyboard(message) {
  const keyboard = document.createElement("div");
  keyboard.className = "keyboard";
  for (const row of message.reply_markup) {
    const line = document.createElement("div");
    line.className = "keyboard-row";
    for (const button of row) {
      if (button.url) {
        const link = document.createElement("a");
        link.href = button.url;
        link.target = "_blank";
        link.rel = "noopener noreferrer";
        link.className = "inline-button";
        link.textContent = `${button.text} ↗`;
        line.append(link);
        continue;
      }
      const element = document.createElement("button");
      element.type = "button";
      element.className = "inline-button";
      element.textContent = button.text;
      element.addEventListener("click", () => pressButton(message, button.callback_data, element));
      line.append(element);
    }
    keyboard.append(line);
  }
  return keyboard;
}

function senderName(message) {
  if (message.is_from_bot) return state.bot ? state.bot.first_name : "Bot";
  const person = state.people.find((p) => p.userId === message.from_user_id);
  return person ? person.name : `User ${message.from_user_id}`;
}

function renderMessage(message) {
  const item = document.createElement("li");
  item.className = `message ${message.is_from_bot ? "from-bot" : "from-user"}`;
  item.dataset.messageId = message.message_id;
  const meta = document.createElement("div");
  meta.className = "meta";
  const who = document.createElement("span");
  who.className = "sender";
  who.textContent = senderName(message);
  const when = document.createElement("time");
  const date = new Date(message.date * 1000);
  when.dateTime = date.toISOString();
  when.textContent = date.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit", timeZone: state.timeZone }) + (message.edit_count > 0 ? " · edited" : "");
  if (state.timeZone) when.title = state.timeZone;
  meta.append(who, when);
  item.append(meta);
  if (message.attachment) item.append(renderAttachment(message.attachment, message.caption));
  if (message.text) item.append(renderText(message.text, message.entities));
  if (message.caption) item.append(renderText(message.caption, message.caption_entities));
  if (message.reply_markup && message.reply_markup.length > 0) item.append(renderKeyboard(message));
  return item;
}

// ---- Live transcripts (long poll; edits replace their message in place) ---------------------------------------

function watchTranscript(chatId, list) {
  const controller = new AbortController();
  const shown = new Map();
  list.replaceChildren();
  (async () => {
    let version = null;
    while (!controller.signal.aborted) {
      try {
        const query = version === null ? "" : `?version=${version}&timeout=25`;
        const transcript = await getJson(`/chats/${chatId}/transcript${query}`, controller.signal);
        setConnection(true);
        if (transcript.version !== version) {
          version = transcript.version;
          applyTranscript(list, shown, transcript.messages);
        }
      } catch (error) {
        if (controller.signal.aborted) return;
        setConnection(false);
        await pause(1500);
      }
    }
  })();
  return controller;
}

function applyTranscript(list, shown, messages) {
  const atBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 80;
  let added = false;
  for (const message of messages) {
    const known = shown.get(message.message_id);
    if (known && known.editCount === message.edit_count) continue;
    const element = renderMessage(message);
    if (known) {
      known.element.replaceWith(element);
    } else {
      list.append(element);
      added = true;
    }
    shown.set(message.message_id, { editCount: message.edit_count, element });
  }
  if (added || atBottom) list.scrollTop = list.scrollHeight;
  if (list.id === "chat-log") refreshCommands();
}

// ---- Acting as the current user -----------------------------------------------------------------------------------

async function sendText(text) {
  if (!state.userId || !text.trim()) return;
  try {
    await postJson(`/chats/${state.userId}/messages`, { user_id: state.userId, text });
  } catch (error) {
    toast(`Not sent: ${error.message}`);
  }
}

// The emulator takes a file as base64 in JSON; Telegram lets bots download up to 20 MB.
const maxFileBytes = 20 * 1024 * 1024;

function readAsBase64(file) {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).split(",", 2)[1] || "");
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

async function sendFile(file) {
  if (!state.userId || !file) return;
  if (file.size > maxFileBytes) {
    toast(`Not sent: ${file.name} is bigger than 20 MB`);
    return;
  }
  try {
    await postJson(`/chats/${state.userId}/documents`, {
      user_id: state.userId,
      file_name: file.name,
      mime_type: file.type || "application/octet-stream",
      content_base64: await readAsBase64(file),
    });
  } catch (error) {
    toast(`Not sent: ${error.message}`);
  }
}

async function pressButton(message, callbackData, element) {
  element.disabled = true;
  element.classList.add("pending");
  try {
    const pressed = await postJson(`/chats/${message.chat_id}/buttons`, {
      user_id: state.userId, message_id: message.message_id, callback_data: callbackData,
    });
    const answer = await getJson(`/callbacks/${encodeURIComponent(pressed.callback_query_id)}/wait?timeout=5`).catch(() => null);
    if (answer && answer.text) toast(answer.text);
  } catch (error) {
    toast(`Button not pressed: ${error.message}`);
  } finally {
    element.disabled = false;
    element.classList.remove("pending");
  }
}

// ---- The command menu (from the bot's setMyCommands, as this user sees it) ---------------------------------------

async function refreshCommands() {
  const menu = byId("command-menu");
  const button = byId("menu-button");
  if (!state.userId) return;
  const commands = await getJson(`/users/${state.userId}/commands`).catch(() => []);
  menu.replaceChildren(...commands.map((command) => {
    const item = document.createElement("button");
    item.type = "button";
    item.setAttribute("role", "menuitem");
    item.className = "command-item";
    const name = document.createElement("span");
    name.className = "command-name";
    name.textContent = `/${command.command}`;
    const description = document.createElement("span");
    description.className = "command-description";
    description.textContent = command.description;
    item.append(name, description);
    item.addEventListener("click", () => { closeMenu(); sendText(`/${command.command}`); byId("message-input").focus(); });
    return item;
  }));
  button.disabled = commands.length === 0;
}

function openMenu() {
  const menu = byId("command-menu");
  menu.hidden = false;
  byId("menu-button").setAttribute("aria-expanded", "true");
  const first = menu.querySelector("button");
  if (first) first.focus();
}

function closeMenu() {
  byId("command-menu").hidden = true;
  byId("menu-button").setAttribute("aria-expanded", "false");
}

function menuKeys(event) {
  const items = [...byId("command-menu").querySelectorAll("button")];
  const index = items.indexOf(document.activeElement);
  if (event.key === "Escape") { closeMenu(); byId("menu-button").focus(); event.preventDefault(); }
  if (event.key === "ArrowDown") { items[(index + 1) % items.length].focus(); event.preventDefault(); }
  if (event.key === "ArrowUp") { items[(index - 1 + items.length) % items.length].focus(); event.preventDefault(); }
}

// ---- People, jobs, toasts -------------------------------------------------------------------------------------------

async function loadPeople() {
  try {
    const team = await getJson("/team");
    state.channelId = team.channel_chat_id;
    state.timeZone = team.time_zone || undefined;
    byId("channel-title").textContent = `Team channel · ${team.name}`;
    return team.members.map((m) => ({ userId: m.user_id, name: m.name, role: m.role, about: m.metrics.join(", ") }));
  } catch {
    // The emulator without FunnelBot: everyone it knows, and its first channel.
    const [users, chats] = await Promise.all([getJson("/users"), getJson("/chats")]);
    const channel = chats.find((c) => c.type === "channel");
    state.channelId = channel ? channel.id : null;
    return users.map((u) => ({ userId: u.id, name: u.first_name, role: u.username ? `@${u.username}` : "user", about: "" }));
  }
}

function renderPeople() {
  const list = byId("people");
  list.replaceChildren(...state.people.map((person) => {
    const item = document.createElement("li");
    const button = document.createElement("button");
    button.type = "button";
    button.className = "person";
    button.dataset.userId = person.userId;
    button.setAttribute("aria-pressed", String(person.userId === state.userId));
    const name = document.createElement("span");
    name.className = "person-name";
    name.textContent = person.name;
    const role = document.createElement("span");
    role.className = `person-role role-${person.role}`;
    role.textContent = person.role;
    const about = document.createElement("span");
    about.className = "person-about";
    about.textContent = person.about;
    button.append(name, role, about);
    button.addEventListener("click", () => selectPerson(person.userId));
    item.append(button);
    return item;
  }));
}

function selectPerson(userId) {
  const person = state.people.find((p) => p.userId === userId);
  if (!person) return;
  state.userId = userId;
  history.replaceState(null, "", `#user=${userId}`);
  renderPeople();
  byId("chat-title").textContent = `Private chat · ${person.name}`;
  byId("chat-subtitle").textContent = `You are ${person.name} (${person.role}) talking to @${state.bot ? state.bot.username : "bot"}.`;
  for (const id of ["message-input", "send-button", "attach-button", "file-input"]) byId(id).disabled = false;
  if (state.chatWatch) state.chatWatch.abort();
  state.chatWatch = watchTranscript(userId, byId("chat-log"));
  closeMenu();
  refreshCommands();
  byId("message-input").focus();
}

async function loadJobs() {
  const list = byId("jobs");
  let jobs;
  try {
    jobs = await getJson("/jobs");
  } catch (error) {
    if (error.status === 404) { byId("jobs-panel").hidden = true; return; }
    await pause(1000);
    return loadJobs();
  }
  if (jobs.length === 0) {
    const empty = document.createElement("li");
    empty.className = "hint";
    empty.textContent = "No scheduled jobs are registered.";
    list.replaceChildren(empty);
    return;
  }
  list.replaceChildren(...jobs.map((job) => {
    const item = document.createElement("li");
    const button = document.createElement("button");
    button.type = "button";
    button.className = "job";
    button.dataset.job = job.name;
    button.textContent = `▶ ${job.description || job.name}`;
    button.title = job.next_fire_time ? `Next run: ${new Date(job.next_fire_time).toLocaleString([], { timeZone: state.timeZone })}` : "Not scheduled";
    const outcome = document.createElement("p");
    outcome.className = "job-outcome";
    outcome.textContent = job.last_outcome || "";
    outcome.hidden = !job.last_outcome;
    button.addEventListener("click", async () => {
      button.disabled = true;
      toast(`Started: ${job.description || job.name}`);
      try {
        const fired = await postJson("/jobs/run", { group: job.group, name: job.name });
        const said = fired && fired.outcome ? fired.outcome : `Started: ${job.description || job.name} (still running)`;
        outcome.textContent = said;
        outcome.hidden = false;
        toast(said);
      } catch (error) {
        toast(`Could not start ${job.name}: ${error.message}`);
      } finally {
        button.disabled = false;
      }
    });
    item.append(button, outcome);
    return item;
  }));
}

let toastTimer = null;
function toast(text) {
  const element = byId("toast");
  element.textContent = text;
  element.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => { element.hidden = true; }, 4000);
}

// ---- Start ------------------------------------------------------------------------------------------------------------

async function start() {
  for (;;) {
    try {
      state.bot = await getJson("/bot");
      state.people = await loadPeople();
      break;
    } catch {
      setConnection(false);
      await pause(1000);
    }
  }
  setConnection(true);
  renderPeople();
  if (state.channelId) state.channelWatch = watchTranscript(state.channelId, byId("channel-log"));
  loadJobs();

  byId("composer").addEventListener("submit", (event) => {
    event.preventDefault();
    const input = byId("message-input");
    const text = input.value;
    input.value = "";
    sendText(text);
  });
  byId("attach-button").addEventListener("click", () => byId("file-input").click());
  byId("file-input").addEventListener("change", async (event) => {
    const input = event.target;
    const [file] = input.files;
    await sendFile(file);
    input.value = "";
    byId("attach-button").focus();
  });
  byId("menu-button").addEventListener("click", () => (byId("command-menu").hidden ? openMenu() : closeMenu()));
  byId("command-menu").addEventListener("keydown", menuKeys);
  document.addEventListener("click", (event) => {
    if (!byId("composer").contains(event.target)) closeMenu();
  });

  const fromHash = Number(new URLSearchParams(location.hash.slice(1)).get("user"));
  if (fromHash) selectPerson(fromHash);
}

start();
