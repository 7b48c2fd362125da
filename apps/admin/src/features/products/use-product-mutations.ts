import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { ApiProblem } from '../../api/problem';
import {
  addSku,
  changeListing,
  createProduct,
  makeMainImage,
  productKeys,
  removeImage,
  reorderImages,
  setContent,
  updateProduct,
  updateSku,
  uploadImage,
  type ContentLocale,
  type ListingAction,
  type Product,
  type ProductChanges,
  type ProductContentInput,
  type ProductImage,
  type Sku,
  type SkuChanges,
  type SkuInput,
} from './products.api';

export function isStaleVersion(error: unknown): boolean {
  return error instanceof ApiProblem && error.status === 412;
}

/** The product as the API just answered it; lists (names, statuses, counts) and readiness are refetched. */
function productChanged(queryClient: QueryClient, product: Product) {
  queryClient.setQueryData(productKeys.detail(product.id), product);
  return refreshAround(queryClient, product.id);
}

/** A part of the product changed (a SKU, the images): the product, its readiness and the lists are refetched. */
function refreshAround(queryClient: QueryClient, productId: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: productKeys.detail(productId) }),
    queryClient.invalidateQueries({ queryKey: productKeys.lists() }),
  ]);
}

export function useCreateProduct() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createProduct,
    onSuccess: (product) => productChanged(queryClient, product),
  });
}

export function useUpdateProduct() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ product, changes }: { product: Product; changes: ProductChanges }) =>
      updateProduct(product, changes),
    onSuccess: (product) => productChanged(queryClient, product),
    onError: (error, { product }) =>
      isStaleVersion(error) ? refreshAround(queryClient, product.id) : undefined,
  });
}

export function useAddSku(productId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SkuInput) => addSku(productId, input),
    onSuccess: () => refreshAround(queryClient, productId),
  });
}

export function useUpdateSku(productId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ sku, changes }: { sku: Sku; changes: SkuChanges }) => updateSku(sku, changes),
    // After a 412 too: the table then shows the other person's version to start again from.
    onSettled: () => refreshAround(queryClient, productId),
  });
}

export function useSetContent(productId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ locale, input }: { locale: ContentLocale; input: ProductContentInput }) =>
      setContent(productId, locale, input),
    onSuccess: (product) => productChanged(queryClient, product),
  });
}

export function useChangeListing(productId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ action, comment }: { action: ListingAction; comment?: string }) =>
      changeListing(productId, action, comment),
    onSuccess: (product) => productChanged(queryClient, product),
  });
}

/** Image changes answer with the product's images: put them in place, then refetch the rest. */
function imagesChanged(queryClient: QueryClient, productId: string, images: ProductImage[]) {
  queryClient.setQueryData(productKeys.detail(productId), (product: Product | undefined) =>
    product ? { ...product, images } : product,
  );
  return refreshAround(queryClient, productId);
}

export function useUploadImage(productId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, onProgress }: { file: File; onProgress(percent: number): void }) =>
      uploadImage(productId, file, { onProgress }),
    onSuccess: () => refreshAround(queryClient, productId),
  });
}

export function useImageActions(productId: string) {
  const queryClient = useQueryClient();
  const reorder = useMutation({
    mutationFn: (imageIds: string[]) => reorderImages(productId, imageIds),
    onSuccess: (images) => imagesChanged(queryClient, productId, images),
  });
  const makeMain = useMutation({
    mutationFn: makeMainImage,
    onSuccess: (images) => imagesChanged(queryClient, productId, images),
  });
  const remove = useMutation({
    mutationFn: removeImage,
    onSuccess: () => refreshAround(queryClient, productId),
  });
  return { reorder, makeMain, remove };
}
