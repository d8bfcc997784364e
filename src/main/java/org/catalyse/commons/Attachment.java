package org.catalyse.commons;

import jakarta.persistence.Embeddable;

/** A file attached to a resource, described; its bytes are kept by the {@link AttachmentStore}. */
@Embeddable
record Attachment(String fileName, String title, String mediaType, long sizeBytes, String sha256) {}
