import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Mints a development JWT signed with the local stack's private key, using nothing but the JDK.
 * Run it from the repository root (or set PATHFINDER_JWT_PRIVATE_KEY).
 *
 *   java deploy/local/MintToken.java tenant acme          a token for the assessment API
 *   java deploy/local/MintToken.java analyst acme         an HR analyst's token: acme's cohort insight and evaluation
 *   java deploy/local/MintToken.java admin                a catalogue administrator's token
 */
public class MintToken {

    public static void main(String[] args) throws Exception {
        String claims;
        long now = Instant.now().getEpochSecond();
        String common = "\"iss\":\"pathfinder\",\"iat\":" + now + ",\"exp\":" + (now + 3600) + ",\"jti\":\"" + UUID.randomUUID() + "\"";
        if (args.length == 2 && args[0].equals("tenant") && args[1].matches("[A-Za-z0-9._-]{1,100}")) {
            claims = "{" + common + ",\"sub\":\"" + args[1] + "-client\",\"tenant\":\"" + args[1] + "\"}";
        } else if (args.length == 2 && args[0].equals("analyst") && args[1].matches("[A-Za-z0-9._-]{1,100}")) {
            claims = "{" + common + ",\"sub\":\"" + args[1] + "-analyst\",\"tenant\":\"" + args[1] + "\",\"groups\":[\"hr-analyst\"]}";
        } else if (args.length == 1 && args[0].equals("admin")) {
            claims = "{" + common + ",\"sub\":\"catalog-admin\",\"groups\":[\"catalog-admin\"]}";
        } else {
            System.err.println("usage: java MintToken.java tenant NAME | analyst NAME | admin");
            System.exit(2);
            return;
        }
        Path keyFile = Path.of(System.getenv().getOrDefault("PATHFINDER_JWT_PRIVATE_KEY",
                "deploy/local/dev-keys/private-key.pem"));
        String pem = Files.readString(keyFile).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String unsigned = base64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
                + "." + base64.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(key);
        signature.update(unsigned.getBytes(StandardCharsets.US_ASCII));
        System.out.println(unsigned + "." + base64.encodeToString(signature.sign()));
    }
}
