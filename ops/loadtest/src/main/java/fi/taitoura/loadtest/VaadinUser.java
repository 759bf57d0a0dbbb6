package fi.taitoura.loadtest;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One simulated user speaking Vaadin Flow's own protocol over HTTP, as recorded from Chromium: the sign-in form
 * post, the bootstrap ({@code ?v-r=init}), and UIDL requests ({@code ?v-r=uidl}) carrying navigation events, property
 * syncs and clicks. It keeps the state a browser keeps: the session cookie, the UI id, the CSRF token, the sync and
 * client ids, and enough of the UI's state tree (tag, id attribute, properties, children of each node) to find the
 * buttons and fields to act on.
 */
final class VaadinUser {

    static final class Failure extends Exception {
        Failure(String message) {
            super(message);
        }
    }

    private static final Pattern META_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final String CLICK_DATA = "{\"event.shiftKey\":false,\"event.metaKey\":false,\"event.detail\":1,"
            + "\"event.ctrlKey\":false,\"event.clientX\":100,\"event.clientY\":100,\"event.altKey\":false,"
            + "\"event.button\":0,\"event.screenY\":100,\"event.screenX\":100}";
    /** Texts the application shows when something went wrong (Finnish, the default language). */
    private static final List<String> ERROR_TEXTS = List.of("Odottamaton virhe", "Joku muu muutti",
            "Tietokantaan ei juuri nyt", "Sinulla ei ole oikeutta");

    private final String base;
    private final HttpClient http;
    private int uiId = -1;
    private String csrf;
    private int syncId;
    private int clientId;
    private int historyIdx;
    /** node id -> tag, attributes/properties, children. */
    final Map<Integer, Node> nodes = new TreeMap<>();

    static final class Node {
        String tag;
        final Map<String, JsonElement> values = new HashMap<>();
        final List<Integer> children = new ArrayList<>();
    }

    VaadinUser(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** The sign-in page, the form post, and the start page as a browser loads it. */
    void signIn(String username, String password) throws IOException, InterruptedException, Failure {
        String page = get("login");
        Matcher m = META_CSRF.matcher(page);
        if (!m.find()) {
            throw new Failure("no CSRF token on the sign-in page");
        }
        String form = "_csrf=" + enc(m.group(1)) + "&username=" + enc(username) + "&password=" + enc(password);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "login"))
                .header("Content-Type", "application/x-www-form-urlencoded").timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200 || r.uri().getPath().startsWith("/login")) {
            throw new Failure("sign-in refused (" + r.statusCode() + " " + r.uri() + ")");
        }
        load("");
    }

    /** A full page load: the HTML, the bootstrap of a new UI and its first navigation. */
    void load(String path) throws IOException, InterruptedException, Failure {
        get(path);
        String init = get("?v-r=init&location=" + enc(path) + "&query=&v-sh=860&v-sw=1280&v-wh=860&v-ww=1280"
                + "&v-bh=860&v-bw=1280&v-curdate=" + System.currentTimeMillis() + "&v-tzo=0&v-dstd=0&v-rtzo=0"
                + "&v-dston=false&v-tzid=UTC&v-wn=load-" + hashCode() + "&v-td=false&v-pr=1&v-np=Linux&v-cs="
                + "&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN&v-so=landscape-primary&v-soa=0&v-tn=aura&v-ga=PROMPT"
                + "&v-wla=SUPPORTED&v-ws=false");
        JsonObject config = JsonParser.parseString(init).getAsJsonObject().getAsJsonObject("appConfig");
        if (config == null) {
            throw new Failure("no Vaadin bootstrap for " + path);
        }
        nodes.clear();
        uiId = config.get("v-uiId").getAsInt();
        JsonObject uidl = config.getAsJsonObject("uidl");
        csrf = uidl.get("Vaadin-Security-Key").getAsString();
        apply(uidl);
        historyIdx = 0;
        navigateEvent(path);
    }

    /** A click on an in-application link: the router navigates within the same UI. */
    String navigate(String path) throws IOException, InterruptedException, Failure {
        historyIdx++;
        return navigateEvent(path);
    }

    private String navigateEvent(String path) throws IOException, InterruptedException, Failure {
        JsonObject data = new JsonObject();
        int q = path.indexOf('?');
        data.addProperty("route", "/" + (q < 0 ? path : path.substring(0, q)));
        data.addProperty("query", q < 0 ? "" : path.substring(q + 1));
        data.addProperty("appShellTitle", "");
        JsonObject history = new JsonObject();
        history.addProperty("idx", historyIdx);
        data.add("historyState", history);
        data.addProperty("trigger", "");
        return rpc(event(1, "ui-navigate", data));
    }

    String click(int node) throws IOException, InterruptedException, Failure {
        return rpc(event(node, "click", JsonParser.parseString(CLICK_DATA).getAsJsonObject()));
    }

    /** A property changed in the browser (a field's value) and its change event, as the web component sends it. */
    String setProperty(int node, String property, JsonElement value, String event)
            throws IOException, InterruptedException, Failure {
        JsonObject sync = new JsonObject();
        sync.addProperty("type", "mSync");
        sync.addProperty("node", node);
        sync.addProperty("feature", 1);
        sync.addProperty("property", property);
        sync.add("value", value);
        return rpc(sync, event(node, event, new JsonObject()));
    }

    /** A call from a web component to a {@code @ClientCallable} method (e.g. tab sheets report the selected tab). */
    String call(int node, String method, JsonElement... args) throws IOException, InterruptedException, Failure {
        JsonObject call = new JsonObject();
        call.addProperty("type", "publishedEventHandler");
        call.addProperty("node", node);
        call.addProperty("templateEventMethodName", method);
        JsonArray a = new JsonArray();
        for (JsonElement e : args) {
            a.add(e);
        }
        call.add("templateEventMethodArgs", a);
        call.addProperty("promise", 0);
        return rpc(call);
    }

    /** Ends the session as the sign-out does. */
    void signOut() throws IOException, InterruptedException, Failure {
        Matcher m = META_CSRF.matcher(get(""));
        if (!m.find()) {
            throw new Failure("no CSRF token for signing out");
        }
        http.send(HttpRequest.newBuilder(URI.create(base + "logout")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + enc(m.group(1)))).build(),
                HttpResponse.BodyHandlers.discarding());
    }

    // ------------------------------------------------------------------ the state tree

    Integer byId(String id) {
        for (var e : nodes.entrySet()) {
            JsonElement v = e.getValue().values.get("id");
            if (v != null && v.isJsonPrimitive() && id.equals(v.getAsString())) {
                return e.getKey();
            }
        }
        return null;
    }

    List<Integer> byTag(String tag) {
        List<Integer> found = new ArrayList<>();
        nodes.forEach((id, n) -> {
            if (tag.equals(n.tag)) {
                found.add(id);
            }
        });
        return found;
    }

    // ------------------------------------------------------------------ protocol

    private static JsonObject event(int node, String name, JsonObject data) {
        JsonObject e = new JsonObject();
        e.addProperty("type", "event");
        e.addProperty("node", node);
        e.addProperty("event", name);
        e.add("data", data);
        return e;
    }

    private String rpc(JsonObject... invocations) throws IOException, InterruptedException, Failure {
        JsonObject body = new JsonObject();
        body.addProperty("csrfToken", csrf);
        JsonArray rpc = new JsonArray();
        for (JsonObject i : invocations) {
            rpc.add(i);
        }
        body.add("rpc", rpc);
        body.addProperty("syncId", syncId);
        body.addProperty("clientId", clientId);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8").timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new Failure("HTTP " + r.statusCode());
        }
        String text = r.body();
        JsonObject response;
        if (text.startsWith("for(;;);")) {
            response = JsonParser.parseString(text.substring("for(;;);".length())).getAsJsonArray().get(0)
                    .getAsJsonObject();
        } else if (text.startsWith("{")) {
            response = JsonParser.parseString(text).getAsJsonObject();
        } else {
            throw new Failure("not a UIDL response (session expired?): "
                    + text.substring(0, Math.min(200, text.length())).replace('\n', ' '));
        }
        JsonObject meta = response.getAsJsonObject("meta");
        if (meta != null && (meta.has("sessionExpired") || meta.has("appError"))) {
            throw new Failure("Vaadin: " + meta);
        }
        apply(response);
        for (String error : ERROR_TEXTS) {
            if (text.contains(error)) {
                throw new Failure("the application showed an error: " + error);
            }
        }
        return text;
    }

    private void apply(JsonObject uidl) {
        if (uidl.has("syncId")) {
            syncId = uidl.get("syncId").getAsInt();
        }
        if (uidl.has("clientId")) {
            clientId = uidl.get("clientId").getAsInt();
        }
        JsonArray changes = uidl.getAsJsonArray("changes");
        if (changes == null) {
            return;
        }
        for (JsonElement c : changes) {
            JsonObject change = c.getAsJsonObject();
            int id = change.get("node").getAsInt();
            String type = change.get("type").getAsString();
            Node node = nodes.computeIfAbsent(id, k -> new Node());
            switch (type) {
                case "put" -> {
                    String key = change.get("key").getAsString();
                    JsonElement value = change.has("value") ? change.get("value") : change.get("nodeValue");
                    if ("tag".equals(key) && change.get("feat").getAsInt() == 0) {
                        node.tag = value.getAsString();
                    } else if (value != null) {
                        node.values.put(key, value);
                    }
                }
                case "splice" -> {
                    if (change.get("feat").getAsInt() == 2) {
                        int index = change.get("index").getAsInt();
                        int remove = change.has("remove") ? change.get("remove").getAsInt() : 0;
                        for (int i = 0; i < remove && index < node.children.size(); i++) {
                            node.children.remove(index);
                        }
                        if (change.has("addNodes")) {
                            int at = Math.min(index, node.children.size());
                            for (JsonElement n : change.getAsJsonArray("addNodes")) {
                                node.children.add(at++, n.getAsInt());
                            }
                        }
                    }
                }
                case "clear" -> {
                    if (change.get("feat").getAsInt() == 2) {
                        node.children.clear();
                    }
                }
                case "detach" -> nodes.remove(id);
                default -> {
                    // attach, remove: nothing to keep
                }
            }
        }
    }

    private String get(String path) throws IOException, InterruptedException, Failure {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new Failure("GET /" + path + ": HTTP " + r.statusCode());
        }
        return r.body();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
