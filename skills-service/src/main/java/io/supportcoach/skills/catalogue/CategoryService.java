package io.supportcoach.skills.catalogue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.supportcoach.http.etag.Etags;
import io.supportcoach.http.paging.CursorCodec;
import io.supportcoach.http.paging.Page;
import io.supportcoach.http.paging.PageRequest;
import io.supportcoach.http.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Reads and writes the catalogue's categories. */
@ApplicationScoped
public class CategoryService {

    private static final String SCOPE = "categories";

    private final CursorCodec cursors;

    public CategoryService(CursorCodec cursors) {
        this.cursors = cursors;
    }

    /** Categories by position, then code. */
    public Page<CategoryResponse> listCategories(PageRequest page) {
        PanacheQuery<Category> query = page.cursor() == null
                ? Category.find("order by position, code")
                : afterCursor(cursors.decode(SCOPE, page.cursor()));
        List<Category> rows = query.page(0, page.limit() + 1).list();
        return Page.of(rows, page.limit(), CategoryResponse::from,
                last -> cursors.encode(SCOPE, Map.of("position", Integer.toString(last.position), "code", last.code)));
    }

    private static PanacheQuery<Category> afterCursor(Map<String, String> position) {
        try {
            int after = Integer.parseInt(position.get("position"));
            String code = position.get("code");
            return Category.find("position > ?1 or (position = ?1 and code > ?2) order by position, code", after, code);
        } catch (NumberFormatException | NullPointerException e) {
            throw ProblemException.badRequest("INVALID_CURSOR", "The cursor is not one this list handed out.");
        }
    }

    public Category findCategory(String code) {
        return Category.findByCode(code)
                .orElseThrow(() -> ProblemException.notFound("No category has the code '" + code + "'."));
    }

    /** The category a write names; an unknown code is a 422, since the request itself is well-formed. */
    public Category findCategoryForReference(String code) {
        return Category.findByCode(code).orElseThrow(() -> ProblemException.unprocessable("UNKNOWN_CATEGORY",
                "No category has the code '" + code + "'."));
    }

    @Transactional
    public Category createCategory(CategoryRequest request, String caller) {
        var category = new Category();
        category.id = UUID.randomUUID();
        category.code = request.code();
        apply(category, request);
        category.stampCreated(caller);
        category.persistAndFlush();
        return category;
    }

    @Transactional
    public Category updateCategory(String code, String ifMatch, CategoryRequest request, String caller) {
        Category category = findCategory(code);
        Etags.requireMatch(ifMatch, category.version);
        if (!category.code.equals(request.code())) {
            throw ProblemException.invalidField("code", "IMMUTABLE", "cannot change once the category exists");
        }
        apply(category, request);
        category.stampUpdated(caller);
        category.flush();
        return category;
    }

    private static void apply(Category category, CategoryRequest request) {
        category.name = request.name();
        category.description = request.description();
        category.position = request.position();
    }
}
