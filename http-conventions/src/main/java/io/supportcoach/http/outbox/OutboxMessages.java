package io.supportcoach.http.outbox;

import java.util.UUID;

import io.supportcoach.http.paging.Keyset;
import io.supportcoach.http.paging.KeysetPager;
import io.supportcoach.http.paging.Page;
import io.supportcoach.http.paging.PageRequest;
import io.supportcoach.http.paging.SortKey;
import io.supportcoach.http.problem.ProblemException;
import io.supportcoach.persistence.outbox.OutboxAdmin;
import io.supportcoach.persistence.outbox.OutboxMessageView;
import io.supportcoach.persistence.outbox.OutboxStatus;
import jakarta.enterprise.context.ApplicationScoped;

/** What HR does with the messages a service owes others: follow them, and release a parked one. */
@ApplicationScoped
public class OutboxMessages {

    private static final SortKey<OutboxMessageView, Long> POSITION = SortKey.whole("position", OutboxMessageView::position);
    private static final Keyset<OutboxMessageView> OLDEST_FIRST = Keyset.of("outbox-messages", POSITION);

    private final OutboxAdmin admin;
    private final KeysetPager pager;

    public OutboxMessages(OutboxAdmin admin, KeysetPager pager) {
        this.admin = admin;
        this.pager = pager;
    }

    public Page<OutboxMessageResponse> list(OutboxStatus status, PageRequest page) {
        var window = pager.open(OLDEST_FIRST, page, status);
        Long after = window.after(POSITION);
        return window.page(admin.list(status, after == null ? 0 : after, window.fetchSize()),
                OutboxMessageResponse::from);
    }

    public OutboxMessageResponse find(UUID id) {
        return OutboxMessageResponse.from(admin.find(id).orElseThrow(OutboxMessages::unknown));
    }

    /** A parked message goes back in line with fresh attempts. */
    public OutboxMessageResponse retry(UUID id) {
        if (!admin.retry(id)) {
            throw notParked(id);
        }
        return find(id);
    }

    /** A parked message is given up, which lets the later messages of its aggregate go. */
    public OutboxMessageResponse discard(UUID id) {
        if (!admin.discard(id)) {
            throw notParked(id);
        }
        return find(id);
    }

    private ProblemException notParked(UUID id) {
        OutboxStatus status = admin.find(id).orElseThrow(OutboxMessages::unknown).status();
        return ProblemException.conflict("MESSAGE_NOT_PARKED",
                "Only a FAILED message can be retried or discarded; this one is " + status + ".");
    }

    private static ProblemException unknown() {
        return ProblemException.notFound("This service owes no message with that id.");
    }
}
