// Passkeys (issue 16, ADR 0033): the browser's side of Spring Security's WebAuthn ceremonies.
// Served as a static file (/scripts/passkeys.js, no bundle); the views call window.taitouraPasskeys.* through
// executeJs with the CSRF header and token of the page. Errors are returned as short codes, never shown raw.
(() => {
  const b64 = {
    encode(buffer) {
      const bytes = new Uint8Array(buffer);
      let s = "";
      for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);
      return btoa(s).replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");
    },
    decode(text) {
      const s = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
      const bytes = new Uint8Array(s.length);
      for (let i = 0; i < s.length; i++) bytes[i] = s.charCodeAt(i);
      return bytes.buffer;
    },
  };

  async function post(url, csrfHeader, csrfToken, body) {
    const headers = { "Content-Type": "application/json" };
    if (csrfHeader && csrfToken) headers[csrfHeader] = csrfToken;
    return fetch(url, { method: "POST", credentials: "same-origin", headers,
      body: body === undefined ? undefined : JSON.stringify(body) });
  }

  function failure(code, cause) {
    const e = new Error(code);
    e.code = code;
    if (cause) console.warn("passkey:", code, cause);
    return e;
  }

  function supported() {
    return !!(window.PublicKeyCredential && navigator.credentials && window.isSecureContext);
  }

  async function register(csrfHeader, csrfToken, label) {
    if (!supported()) throw failure("unsupported");
    const optionsResponse = await post("webauthn/register/options", csrfHeader, csrfToken);
    if (!optionsResponse.ok) throw failure("server", optionsResponse.status);
    const options = await optionsResponse.json();
    const publicKey = {
      ...options,
      challenge: b64.decode(options.challenge),
      user: { ...options.user, id: b64.decode(options.user.id) },
      excludeCredentials: (options.excludeCredentials || []).map((c) => ({ ...c, id: b64.decode(c.id) })),
    };
    let credential;
    try {
      credential = await navigator.credentials.create({ publicKey });
    } catch (e) {
      throw failure(e && e.name === "InvalidStateError" ? "exists" : "cancelled", e);
    }
    const response = credential.response;
    const body = {
      publicKey: {
        credential: {
          id: credential.id,
          rawId: b64.encode(credential.rawId),
          response: {
            attestationObject: b64.encode(response.attestationObject),
            clientDataJSON: b64.encode(response.clientDataJSON),
            transports: response.getTransports ? response.getTransports() : [],
          },
          type: credential.type,
          clientExtensionResults: credential.getClientExtensionResults(),
          authenticatorAttachment: credential.authenticatorAttachment,
        },
        label,
      },
    };
    const result = await post("webauthn/register", csrfHeader, csrfToken, body);
    const json = result.ok ? await result.json() : null;
    if (!json || !json.success) throw failure("server", result.status);
    return "ok";
  }

  async function authenticate(csrfHeader, csrfToken) {
    if (!supported()) throw failure("unsupported");
    const optionsResponse = await post("webauthn/authenticate/options", csrfHeader, csrfToken);
    if (!optionsResponse.ok) throw failure("server", optionsResponse.status);
    const options = await optionsResponse.json();
    const publicKey = {
      ...options,
      challenge: b64.decode(options.challenge),
      allowCredentials: (options.allowCredentials || []).map((c) => ({ ...c, id: b64.decode(c.id) })),
    };
    let credential;
    try {
      credential = await navigator.credentials.get({ publicKey });
    } catch (e) {
      throw failure("cancelled", e);
    }
    const response = credential.response;
    const body = {
      id: credential.id,
      rawId: b64.encode(credential.rawId),
      response: {
        authenticatorData: b64.encode(response.authenticatorData),
        clientDataJSON: b64.encode(response.clientDataJSON),
        signature: b64.encode(response.signature),
        userHandle: response.userHandle ? b64.encode(response.userHandle) : undefined,
      },
      credType: credential.type,
      clientExtensionResults: credential.getClientExtensionResults(),
      authenticatorAttachment: credential.authenticatorAttachment,
    };
    const result = await post("login/webauthn", csrfHeader, csrfToken, body);
    const json = result.ok ? await result.json() : null;
    if (!json || !json.authenticated || !json.redirectUrl) throw failure("refused", result.status);
    return json.redirectUrl;
  }

  window.taitouraPasskeys = { supported, register, authenticate };
})();
