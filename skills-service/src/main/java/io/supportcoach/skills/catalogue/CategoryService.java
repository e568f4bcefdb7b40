package io.supportcoach.skills.catalogue;

import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.supportcoach.http.etag.IfMatch;
import io.supportcoach.http.etag.Versioned;
import io.supportcoach.http.paging.Keyset;
import io.supportcoach.http.paging.KeysetPager;
import io.supportcoach.http.paging.Page;
import io.supportcoach.http.paging.PageRequest;
import io.supportcoach.http.paging.SortKey;
import io.supportcoach.http.problem.ProblemException;
import io.supportcoach.identity.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Reads and writes the catalogue's categories. */
@ApplicationScoped
public class CategoryService {

    private static final SortKey<Category, Integer> POSITION = SortKey.integer("position", category -> category.position);
    private static final SortKey<Category, String> CODE = SortKey.text("code", category -> category.code);
    private static final Keyset<Category> BY_POSITION = Keyset.of("categories", POSITION, CODE);

    private final KeysetPager pager;
    private final Caller caller;

    public CategoryService(KeysetPager pager, Caller caller) {
        this.pager = pager;
        this.caller = caller;
    }

    /** Categories by position, then code. */
    public Page<CategoryResponse> listCategories(PageRequest page) {
        var window = pager.open(BY_POSITION, page);
        PanacheQuery<Category> query = window.isFirstPage()
                ? Category.find("order by position, code")
                : Category.find("position > ?1 or (position = ?1 and code > ?2) order by position, code",
                        window.after(POSITION), window.after(CODE));
        return window.page(query.page(0, window.fetchSize()).list(), CategoryResponse::from);
    }

    public Versioned<CategoryResponse> findCategory(String code) {
        return versioned(requireCategory(code));
    }

    /** The category a write names; an unknown code is a 422, since the request itself is well-formed. */
    Category findCategoryForReference(String code) {
        return Category.findByCode(code).orElseThrow(() -> ProblemException.unprocessable("UNKNOWN_CATEGORY",
                "No category has the code '" + code + "'."));
    }

    @Transactional
    public Versioned<CategoryResponse> createCategory(CategoryRequest request) {
        var category = new Category();
        category.id = UUID.randomUUID();
        category.code = request.code();
        apply(category, request);
        category.stampCreated(caller.id());
        category.persistAndFlush();
        return versioned(category);
    }

    @Transactional
    public Versioned<CategoryResponse> updateCategory(String code, IfMatch ifMatch, CategoryRequest request) {
        Category category = requireCategory(code);
        ifMatch.require(category.version);
        if (!category.code.equals(request.code())) {
            throw ProblemException.invalidField("code", "IMMUTABLE", "cannot change once the category exists");
        }
        apply(category, request);
        category.stampUpdated(caller.id());
        category.flush();
        return versioned(category);
    }

    private static Category requireCategory(String code) {
        return Category.findByCode(code)
                .orElseThrow(() -> ProblemException.notFound("No category has the code '" + code + "'."));
    }

    private static Versioned<CategoryResponse> versioned(Category category) {
        return new Versioned<>(CategoryResponse.from(category), category.version);
    }

    private static void apply(Category category, CategoryRequest request) {
        category.name = request.name();
        category.description = request.description();
        category.position = request.position();
    }
}
