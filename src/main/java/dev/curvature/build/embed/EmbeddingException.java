package dev.curvature.build.embed;

/** A SMILES that cannot be embedded; the message is one line naming the cause. */
public final class EmbeddingException extends Exception {
    public EmbeddingException(String message) { super(message); }
}
