// Sends the sign-out form to Keycloak at once (RP-initiated logout with id_token_hint in a POST
// body, never in an address); without JavaScript the page shows its button instead.
document.getElementById("sign-out").submit();
