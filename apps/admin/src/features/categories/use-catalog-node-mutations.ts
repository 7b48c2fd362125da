import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  brandKeys,
  categoryKeys,
  createBrand,
  createCategory,
  updateBrand,
  updateCategory,
  type Brand,
  type BrandChanges,
  type Category,
  type CategoryChanges,
} from './categories.api';

export function useCreateCategory() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCategory,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: categoryKeys.all }),
  });
}

/** A 412 (someone changed it meanwhile) refreshes the tree too, so the next attempt starts from the current one. */
export function useUpdateCategory() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ category, changes }: { category: Category; changes: CategoryChanges }) =>
      updateCategory(category, changes),
    onSettled: () => queryClient.invalidateQueries({ queryKey: categoryKeys.all }),
  });
}

export function useCreateBrand() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createBrand,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: brandKeys.all }),
  });
}

export function useUpdateBrand() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ brand, changes }: { brand: Brand; changes: BrandChanges }) => updateBrand(brand, changes),
    onSettled: () => queryClient.invalidateQueries({ queryKey: brandKeys.all }),
  });
}
